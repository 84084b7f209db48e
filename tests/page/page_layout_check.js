// What tests/page/test_page_browser.py checks on each screen: no sideways scrolling,
// text of 16 px or more, contrast of 4.5:1 or more (WCAG AA) against the colour
// actually behind it, and tap targets of 44 x 44 px or more. Returns the problems.
(width) => {
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push('wider than ' + width);
  const lum = (c) => {
    const v = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
      .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      const alpha = bg.match(/[\d.]+/g);
      if (alpha && (alpha.length < 4 || Number(alpha[3]) > 0)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  for (const el of document.querySelectorAll('main *, header *, footer *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    const s = getComputedStyle(el);
    if (own && parseFloat(s.fontSize) < 16) out.push('small text: ' + el.textContent.slice(0, 30));
    if (own) {
      const a = lum(s.color), b = lum(background(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push('contrast ' + ratio.toFixed(2) + ': ' + el.textContent.slice(0, 30));
    }
    // a checkbox is tapped through its label, which is measured instead
    const target = 'button, a, summary, label, input:not([type=checkbox])';
    if (el.matches(target) && (r.height < 44 || r.width < 44)) {
      out.push('small target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': ' + el.textContent.slice(0, 30));
    }
  }
  return out;
}
