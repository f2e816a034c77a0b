import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/format/markdown.js';

describe('escapeMarkdown: text from data never becomes Markdown', () => {
  it('escapes links, images, emphasis, code, strike-through, math and table pipes with a backslash', () => {
    expect(escapeMarkdown('[win](https://x.test) ![i](y) *a* _b_ `c` ~~d~~ $e$ f|g \\h'))
      .toBe('\\[win\\](https://x.test) !\\[i\\](y) \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ f\\|g \\\\h');
  });

  it('writes & < > as entities, so no HTML, entity or <autolink> is made', () => {
    expect(escapeMarkdown('<a href=x>&#91;</a> <https://x.test>')).toBe('&lt;a href=x&gt;&amp;#91;&lt;/a&gt; &lt;https://x.test&gt;');
  });

  it('escapes a marker that would open a block at the start of a line, and only there', () => {
    expect(['# h', '> q', '- item', '+ item', '* item', '1. item', '12) item', '===', '---', '  - item'].map(escapeMarkdown))
      .toEqual(['\\# h', '&gt; q', '\\- item', '\\+ item', '\\* item', '1\\. item', '12\\) item', '\\===', '\\---', '  \\- item']);
    expect(['-9.6', '+11.1', '1.5 points', 'a - b', 'C# 2', '2024'].map(escapeMarkdown)).toEqual(['-9.6', '+11.1', '1.5 points', 'a - b', 'C# 2', '2024']);
  });

  it('writes every line break as a space, so one value is one line', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd\u2028e')).toBe('a b c d e');
  });

  it('leaves letters, digits and other punctuation as they are', () => {
    expect(escapeMarkdown('Côte d’Ivoire (2024): 61.1†, ↑ up 2 places; مصر')).toBe('Côte d’Ivoire (2024): 61.1†, ↑ up 2 places; مصر');
  });
});
