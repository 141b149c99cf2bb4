/**
 * The counter's styles, given to the shadow root as text: no stylesheet is fetched, nothing reaches Facebook's
 * page, and Facebook's CSS stops at the shadow boundary (WXT adds `:host { all: initial }` before these).
 */
export const INDICATOR_CSS = `
.tend-tone {
  --bg: #ffffff;
  --fg: #1c1e21;
  --muted: #4b5058;
  --border: #c9ccd1;
  --accent: #1d5c3a;
  --focus: #0b57d0;
  --info-bg: #e7f0fb;
  --info-fg: #123a66;
  --warn-bg: #fff4d6;
  --warn-fg: #5c3d00;
  --alert-bg: #fde4e1;
  --alert-fg: #7a1710;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  font-size: 13px;
  line-height: 1.4;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .tend-tone {
    --bg: #242526;
    --fg: #e4e6eb;
    --muted: #b0b3b8;
    --border: #3e4042;
    --accent: #7fd3a3;
    --focus: #8ab4f8;
    --info-bg: #15304f;
    --info-fg: #c7defa;
    --warn-bg: #3d2f00;
    --warn-fg: #ffe08a;
    --alert-bg: #4a1714;
    --alert-fg: #ffd1cb;
  }
}
[hidden] { display: none !important; }
button {
  font: inherit;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 6px;
  padding: 1px 8px;
  cursor: pointer;
}
button:focus-visible, .popover:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.indicator {
  position: fixed;
  z-index: 2147483000;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  border-radius: 12px;
  padding: 1px 8px;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
  white-space: nowrap;
}
.indicator .brand { color: var(--accent); font-weight: 600; }
.indicator .count { font-weight: 700; }
.indicator.info { background: var(--info-bg); color: var(--info-fg); }
.indicator.warn { background: var(--warn-bg); color: var(--warn-fg); }
.indicator.alert { background: var(--alert-bg); color: var(--alert-fg); border-color: currentColor; }
.popover {
  position: fixed;
  z-index: 2147483001;
  box-sizing: border-box;
  width: min(340px, calc(100vw - 16px));
  max-height: min(60vh, 420px);
  overflow: auto;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--border);
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
  padding: 8px 10px;
}
.head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
h2 { font-size: 14px; margin: 0; }
p { margin: 2px 0; }
.advice { color: var(--muted); font-size: 12px; }
ol { margin: 6px 0 0; padding-left: 20px; }
li { padding: 4px 0; border-top: 1px solid var(--border); overflow-wrap: anywhere; }
.severity { display: inline-block; padding: 0 6px; border-radius: 10px; border: 1px solid currentColor; font-size: 12px; }
.severity.info { background: var(--info-bg); color: var(--info-fg); }
.severity.warn { background: var(--warn-bg); color: var(--warn-fg); }
.severity.alert { background: var(--alert-bg); color: var(--alert-fg); font-weight: 600; }
q { color: var(--muted); }
.suggestion { border-left: 3px solid var(--accent); padding-left: 6px; margin-top: 4px; white-space: pre-wrap; }
.copied { color: var(--accent); font-weight: 600; margin-left: 6px; }
`;
