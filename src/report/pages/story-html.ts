import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { html, safeHref, type SafeHtml } from '../html/html.js';
import { EVIDENCE_LANG, type Story } from '../model/story.js';

/**
 * The change story as HTML: the lead, then one paragraph per indicator that moved with its
 * evidence and linked source. Evidence and source stay in the research language, marked with
 * `lang` and isolated left to right (`<bdi dir="ltr">`) so they read whole inside Arabic text.
 */
export function storyHtml(story: Story | null, s: Strings): SafeHtml | null {
  if (!story) return null;
  const research = (content: SafeHtml | string) => html`<bdi lang="${EVIDENCE_LANG}" dir="ltr">${content}</bdi>`;
  return html`<div class="story">
<p class="lead">${story.lead}</p>
${story.items.map((item) => {
    const url = item.source ? safeHref(item.source.url) : null;
    const source = item.source ? research(url ? html`<a href="${url}" rel="noopener noreferrer">${item.source.label}</a>` : html`${item.source.label}`) : null;
    return html`<p>${item.text}${item.evidence || source ? html` <span class="note">${t(s, 'story.evidence')} ${item.evidence ? research(item.evidence) : null}${source ? html` (${source})` : null}</span>` : null}</p>`;
  })}
</div>`;
}
