import { describe, expect, it } from 'vitest';
import { languages } from '../../src/messages/languages.js';
import { t } from '../../src/messages/t.js';
import { loadProject } from '../../src/project.js';
import { resultIn } from '../../src/report/languages-plan.js';
import { scorecard, type Scorecard } from '../../src/report/model/scorecard.js';
import { changeStory, storyDate, STORY_ITEMS } from '../../src/report/model/story.js';
import { storyHtml } from '../../src/report/pages/story-html.js';
import { scorecardMd } from '../../src/report/pages/scorecard-md.js';
import { escapeMarkdown } from '../../src/report/format/markdown.js';
import { scorecardPdf } from '../../src/report/pdf/scorecard-pdf.js';

const FIXTURE = new URL('../fixtures/good/minimal/', import.meta.url).pathname;

async function cards(code: string): Promise<Scorecard[]> {
  const { dataset } = await loadProject(FIXTURE, { today: '2026-11-29' });
  const { data, result } = resultIn(dataset!, languages[code]!, {});
  const latest = result.editions.at(-1)!;
  return latest.countries.map((c) => scorecard(data, result, latest, c.iso3));
}

describe('the change since the last edition as a story', () => {
  it('writes a lead and then the indicators that moved, most points first, 2–5 sentences', async () => {
    for (const card of await cards('en')) {
      const story = changeStory(card, languages.en!.strings, 'en');
      if (card.changes.length === 0) { expect(story).toBeNull(); continue; }
      expect(story!.items.length).toBe(Math.min(STORY_ITEMS, card.changes.length));
      expect(1 + story!.items.length).toBeGreaterThanOrEqual(2);
      expect(1 + story!.items.length).toBeLessThanOrEqual(5);
      const moved = card.changes.filter((c) => c.points !== null).map((c) => Math.abs(c.points!)).sort((a, b) => b - a);
      const told = story!.items.map((i) => Number(/(\d+\.\d) points/.exec(i.text)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
      expect(told).toEqual(moved.slice(0, told.length).map((p) => Number(p.toFixed(1))));
    }
  });

  it('dates a sentence by its evidence, in the language of the page', () => {
    expect(storyDate('2023-03-15', 'en')).toBe('March 2023');
    expect(storyDate('2023-03', 'fr')).toBe('mars 2023');
    expect(storyDate('2023', 'es')).toBe('2023');
    expect(storyDate(null, 'en')).toBeNull();
    expect(storyDate('soon', 'en')).toBeNull();
  });

  it('marks evidence as English and isolates it left to right, links the source, escapes everything', async () => {
    const card = (await cards('ar')).find((c) => c.changes.length > 0)!;
    const hostile: Scorecard = { ...card, changes: card.changes.map((c) => ({ ...c, justification: '<script>x</script> & co', source: 'A "source"', sourceUrls: ['javascript:alert(1)'] })) };
    const out = storyHtml(changeStory(hostile, languages.ar!.strings, 'ar'), languages.ar!.strings)!.value;
    expect(out).toContain('<bdi lang="en" dir="ltr">&lt;script&gt;x&lt;/script&gt; &amp; co</bdi>');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('javascript:');
    const linked = storyHtml(changeStory({ ...card, changes: card.changes.map((c) => ({ ...c, source: 'Gazette', sourceUrls: ['https://example.org/a?b=1&c=2'] })) }, languages.ar!.strings, 'ar'), languages.ar!.strings)!.value;
    expect(linked).toContain('<bdi lang="en" dir="ltr"><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Gazette</a></bdi>');
  });

  it.each(['en', 'fr', 'es', 'ar'])('story sentences in %s (snapshot)', async (code) => {
    const l = languages[code]!;
    const text = (await cards(code))
      .map((card) => {
        const story = changeStory(card, l.strings, l.locale);
        return [`# ${card.iso3}`, ...(story ? [story.lead, ...story.items.map((i) => `${i.text} [${i.evidence ?? ''}] (${i.source?.label ?? ''})`)] : ['(no story)'])].join('\n');
      })
      .join('\n\n');
    expect(text).toMatchSnapshot();
  });

  it.each(['en', 'fr', 'es', 'ar'])('Markdown scorecards in %s tell the same story as the HTML ones, evidence isolated on the Arabic page', async (code) => {
    const l = languages[code]!;
    let told = 0;
    for (const card of await cards(code)) {
      const md = scorecardMd(card, { strings: l.strings, locale: l.locale, radarPng: null, dir: l.dir });
      const story = changeStory(card, l.strings, l.locale);
      if (!story) continue;
      told += 1;
      const section = md.slice(md.indexOf(`## ${t(l.strings, 'card.changes', { previous: card.previous! })}`));
      expect(section).toContain(`\n${escapeMarkdown(story.lead)}\n`);
      for (const item of story.items) {
        expect(section).toContain(`\n${escapeMarkdown(item.text)}`);
        if (item.evidence) expect(section).toContain(code === 'ar' ? `_\u2066${escapeMarkdown(item.evidence)}\u2069_` : `_${escapeMarkdown(item.evidence)}_`);
      }
      // the story comes before the label → label list
      expect(section.indexOf(escapeMarkdown(story.lead))).toBeLessThan(section.indexOf('- **'));
    }
    expect(told).toBeGreaterThan(0);
  });

  it('PDF scorecards tell the story with each source linked, and no story without a change', async () => {
    const card = (await cards('en')).find((c) => c.changes.length > 0)!;
    const linked: Scorecard = { ...card, changes: card.changes.map((c, k) => ({ ...c, source: `Gazette ${k}`, sourceUrls: [`https://example.org/story-${k}`] })) };
    const pdf = (c: Scorecard) => scorecardPdf(c, { strings: languages.en!.strings, locale: 'en', dir: 'ltr', radar: null, indexName: 'Index' }).toString('latin1');
    const story = changeStory(linked, languages.en!.strings, 'en')!;
    const text = pdf(linked);
    expect(story.items.length).toBeGreaterThan(0);
    for (const item of story.items) expect(text).toContain(`(${item.source!.url!})`);
    // the links come from the story: the same card without a previous edition has none of them
    expect(pdf({ ...linked, previous: null })).not.toContain('https://example.org/story-0');
  });
});
