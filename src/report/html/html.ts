import { escapeHtml } from './escape.js';

/** HTML that is already safe: only `html` templates and `raw` produce it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(v: Interpolation): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(v as string | number);
}

/**
 * The one way HTML is built: a tagged template that escapes every interpolated value unless
 * it is itself SafeHtml (from another `html` template). Arrays are joined; null, undefined and
 * false render nothing. Escaping is by construction, never by remembering to call replace().
 * @example html`<p>${'<b>'}</p>`.value // '<p>&lt;b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => { out += render(v) + strings[i + 1]!; });
  return new SafeHtml(out);
}

/** Trusted markup produced by our own code (e.g. an SVG we rendered). Never for data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A link target: only http(s) URLs and relative paths made by the report itself pass; anything
 * else (javascript:, data:, vbscript:, …) becomes null so no link is drawn.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  if (/^https?:\/\/[^\s<>"'`]+$/i.test(u)) return u;
  if (/^(\.{0,2}\/)?[A-Za-z0-9_][A-Za-z0-9_./-]*(#[A-Za-z0-9_-]+)?$/.test(u) && !u.includes('..')) return u;
  return null;
}
