/**
 * Escape text for HTML element content and for double- or single-quoted attribute values:
 * `& < > " '` become entities. Every value put into generated HTML goes through this.
 * @example escapeHtml('Côte d\'Ivoire <b>') // 'Côte d&#39;Ivoire &lt;b&gt;'
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
