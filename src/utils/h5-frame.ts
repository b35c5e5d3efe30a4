/**
 * H5 only: Taro draws the navigation bar (title from each page's navigationBarTitleText, 返回 when
 * there is a page to go back to, 首页 when opened directly). Its buttons are bare 24 px divs: give
 * them names, a role, the keyboard and a 44×44 px target, and let the title use the width. Taro's
 * H5 button is 36 px with its bottom edge cut (退出体验身份): 44 px, its label centred.
 */
const FRAME_CSS = `
.taro_page { background-color: #f4f6f9; }
taro-button-core { min-height: 44px; box-sizing: border-box; display: flex; align-items: center; justify-content: center; }
#taro-navigation-bar.taro-navigation-bar-show { min-height: 44px; padding-top: env(safe-area-inset-top); padding-bottom: 0; }
#taro-navigation-bar .taro-navigation-bar-title-wrap { height: auto; }
#taro-navigation-bar .taro-navigation-bar-title-wrap > .taro-navigation-bar-title {
  font-size: 17px; font-weight: 600; height: auto; line-height: 44px; max-width: calc(100vw - 120px);
}
#taro-navigation-bar .taro-navigation-bar-back, #taro-navigation-bar .taro-navigation-bar-home {
  left: 0; width: 44px; height: 44px; align-items: center; justify-content: center; cursor: pointer;
}
#taro-navigation-bar .taro-navigation-bar-back:focus-visible, #taro-navigation-bar .taro-navigation-bar-home:focus-visible {
  outline: 2px solid #fff; outline-offset: -4px;
}`;

const BUTTONS: [selector: string, name: string][] = [
  ['.taro-navigation-bar-back', '返回'],
  ['.taro-navigation-bar-home', '首页'],
];

const labelBar = (bar: HTMLElement) => {
  for (const [selector, name] of BUTTONS) {
    const button = bar.querySelector<HTMLElement>(selector);
    if (!button || button.getAttribute('role')) continue;
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', name);
    button.tabIndex = 0;
  }
};

const FOCUSABLE_ROLES = '[role="button"]:not([tabindex]), [role="checkbox"]:not([tabindex])';

/**
 * Taro's View and Text are divs to the browser, and its Button is a custom element with neither a
 * role nor a tab stop: every Button becomes a button, every one with a button or checkbox role gets
 * a tab stop, and Enter or Space taps it, so the app works from a keyboard or a switch device. A
 * disabled Button says so (aria-disabled); Taro's own click handler already refuses its taps.
 */
const makeRolesFocusable = () => {
  const mark = () => {
    document.querySelectorAll<HTMLElement>('taro-button-core').forEach((el) => {
      if (!el.getAttribute('role')) el.setAttribute('role', 'button');
      const off = String(el.hasAttribute('disabled'));
      if (el.getAttribute('aria-disabled') !== off) el.setAttribute('aria-disabled', off);
    });
    document.querySelectorAll<HTMLElement>(FOCUSABLE_ROLES).forEach((el) => (el.tabIndex = 0));
  };
  new MutationObserver(mark).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['role', 'disabled'],
  });
  mark();
  document.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement | null;
    const role = el?.getAttribute?.('role');
    if ((role === 'button' || role === 'checkbox') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      el?.click();
    }
  });
};

export const frameH5NavigationBar = (): void => {
  makeRolesFocusable();
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  document.head.appendChild(style);
  const bar = document.getElementById('taro-navigation-bar');
  if (bar) {
    labelBar(bar);
    return;
  }
  // The router adds the bar when the app mounts.
  const observer = new MutationObserver(() => {
    const found = document.getElementById('taro-navigation-bar');
    if (found) {
      observer.disconnect();
      labelBar(found);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
};
