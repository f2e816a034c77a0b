/** Registers the Chart.js pieces the chart builders use, once. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  SubTitle,
  Title,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { theme } from '../charts/theme.js';
import { backgroundPlugin, footerPlugin, marksPlugin } from './plugins.js';

let done = false;

export function registerChartJs(): void {
  if (done) return;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    Filler,
    Legend,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
    RadarController,
    RadialLinearScale,
    ScatterController,
    SubTitle,
    Title,
    MatrixController,
    MatrixElement,
    backgroundPlugin,
    marksPlugin,
    footerPlugin,
  );
  Chart.defaults.font.family = theme.fontFamily;
  Chart.defaults.color = theme.text;
  done = true;
}
