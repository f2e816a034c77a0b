import type { Language } from '../../messages/languages.js';
import type { OutputFile } from '../plan/types.js';
import { EXPLORER_SCRIPT } from './bundle.generated.js';
import { explorerData } from './data.js';
import { explorerPage } from './page.js';

/** The explorer's files: the page (data and script inline, so it works from disk) and its data as JSON. */
export function explorerFiles(o: Parameters<typeof explorerData>[0] & { primary: Language }): OutputFile[] {
  const data = explorerData(o);
  return [
    { path: 'explorer/index.html', content: explorerPage(data, EXPLORER_SCRIPT, o.primary) },
    { path: 'explorer/data.json', content: `${JSON.stringify(data, null, 1)}\n` },
  ];
}
