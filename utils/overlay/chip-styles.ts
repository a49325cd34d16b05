/**
 * The styles of the small things Sync Lens puts inside the admin's own rows (status badges, product flags, field
 * notes). Each lives in its own tiny shadow root, so the admin's CSS cannot reach them nor theirs the admin; one
 * stylesheet object is shared by all of them, so thousands of rows cost one parse.
 */
export const CHIP_CSS = `
:host {
  all: initial !important; display: inline-flex !important; align-items: center !important; flex: 0 0 auto !important;
  vertical-align: middle !important;
}
/* Important, so no rule of the admin's reaches the host either: inside a shadow root, important wins. */
:host([data-sync-lens-chip="field"]) { display: flex !important; margin: -8px 0 16px !important; }
:host([data-sync-lens-chip="product"]) { margin-left: 8px !important; }
/* Badges of rows far off screen are not drawn until scrolled near (they stay in the accessibility tree): on a
   page of thousands of rows this is most of them. Once drawn, a badge's size is remembered. */
:host([data-sync-lens-chip="category"]), :host([data-sync-lens-chip="product"]) {
  content-visibility: auto !important; contain-intrinsic-size: auto 90px auto 22px !important;
}
.chip {
  display: inline-flex; align-items: center; gap: 6px; box-sizing: border-box; height: 22px; margin: 0; padding: 0 9px;
  border: 1px solid var(--line); border-radius: 11px; background: var(--bg); color: var(--ink);
  font: 600 12px/1 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  white-space: nowrap; cursor: pointer;
  --ink: #3d4754; --bg: #f1f3f6; --line: #d9dee5; --dot: #8a94a3;
}
.chip:hover { filter: brightness(0.97); }
.chip:focus-visible { outline: 2px solid #1c6fe8; outline-offset: 2px; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: var(--dot); flex: 0 0 auto; }
.chip--new { --ink: #0b4fb3; --bg: #eaf2fe; --line: #b9d3fb; --dot: #1c6fe8; }
.chip--live { --ink: #15663f; --bg: #f1faf5; --line: #c4e8d4; --dot: #1d9a5b; }
.chip--disabled { --ink: #4d5866; --bg: #f3f4f6; --line: #d9dee5; --dot: #8a94a3; }
.chip--drift, .chip--ambiguous { --ink: #8a4b00; --bg: #fff6e8; --line: #f5d29f; --dot: #e08a00; }
.chip--pending { --ink: #5b4b8a; --bg: #f5f2fd; --line: #dcd3f5; --dot: #7a62c9; }
.chip--orphaned { --ink: #a32020; --bg: #fdf0ef; --line: #f4c2bf; --dot: #d93838; }
.chip--online-only { --ink: #5a3d8a; --bg: #f7f2fd; --line: #e1d3f5; --dot: #8b5cf6; }
.chip--hidden { --ink: #a32020; --bg: #fdf0ef; --line: #f4c2bf; --dot: #d93838; }
.chip--storefront { --ink: #8a4b00; --bg: #fff6e8; --line: #f5d29f; --dot: #e08a00; }
.chip--retail { --ink: #4d5866; --bg: #f3f4f6; --line: #d9dee5; --dot: #8a94a3; }
.chip--yours { --ink: #15663f; --bg: #f1faf5; --line: #c4e8d4; --dot: #1d9a5b; }
[hidden] { display: none !important; }
`;

let shared: CSSStyleSheet | null | undefined;

/**
 * Constructable stylesheets are shared by reference; where a content script cannot hand one to a shadow root
 * (Firefox's content-script wrappers refuse it), each root gets its own <style> instead.
 */
export function styleShadowRoot(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(CHIP_CSS);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      shared = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  root.append(style);
}
