import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { createHostI18n, menuText } from '../../../electron/main/host-i18n';
import { buildMenuTemplate, LOCK_ACCELERATOR, PANIC_LOCK_ACCELERATOR } from '../../../electron/main/menu-template';
import type { Language } from '../../../shared/settings/settings.schemas';

const catalogues = { fr, en } as const;

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function build(language: Language, platform: NodeJS.Platform) {
  const clicks: string[] = [];
  const template = buildMenuTemplate(menuText(createHostI18n(language)), platform, {
    lock: () => clicks.push('lock'),
    panicLock: () => clicks.push('panic'),
  });
  const byId = (id: string) => {
    const item = allItems(template).find((i) => i.id === id);
    if (!item) throw new Error(`no menu item ${id}`);
    return item;
  };
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, clicks, byId, click };
}

describe.each(['fr', 'en'] as const)('the native menu in %s', (language) => {
  const menu = catalogues[language].menu;

  it('labels every menu and item from the catalogue', () => {
    const { template } = build(language, 'linux');
    expect(template.map((item) => item.label)).toEqual([menu.file, menu.edit, menu.view, menu.window]);
    const labels = allItems(template)
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label);
    const known = new Set(Object.values(menu));
    for (const label of labels) expect(known.has(label as string), String(label)).toBe(true);
  });

  it('locks with CmdOrCtrl+L and panic-locks with CmdOrCtrl+Shift+L, each calling its own action at once', () => {
    const { byId, click, clicks } = build(language, 'linux');
    expect(byId('lock')).toMatchObject({ label: menu.lock, accelerator: 'CmdOrCtrl+L' });
    expect(byId('panic-lock')).toMatchObject({ label: menu.panicLock, accelerator: 'CmdOrCtrl+Shift+L' });
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    expect(PANIC_LOCK_ACCELERATOR).toBe('CmdOrCtrl+Shift+L');
    click('panic-lock');
    expect(clicks).toEqual(['panic']);
    click('lock');
    expect(clicks).toEqual(['panic', 'lock']);
  });

  it('puts the lock items in the application menu on macOS', () => {
    const { template, byId } = build(language, 'darwin');
    expect(template[0]).toMatchObject({ id: 'app', label: menu.app });
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((item) => item.id)).toEqual(expect.arrayContaining(['lock', 'panic-lock']));
    expect(appItems.find((item) => item.role === 'quit')?.label).toBe(menu.quit);
    expect(byId('lock').accelerator).toBe('CmdOrCtrl+L');
    expect(template.map((item) => item.id)).toEqual(['app', 'file', 'edit', 'view', 'window']);
  });

  it('has no application menu elsewhere, and offers neither reload nor developer tools', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template } = build(language, platform);
      if (platform !== 'darwin') expect(template.some((item) => item.id === 'app')).toBe(false);
      const roles = allItems(template).map((item) => item.role);
      for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) expect(roles).not.toContain(role);
    }
  });
});

describe('host-i18n', () => {
  it('switches the menu language when the preference changes', async () => {
    const i18n = createHostI18n('fr');
    const text = menuText(i18n);
    expect(text('lock')).toBe(fr.menu.lock);
    await i18n.changeLanguage('en');
    expect(text('lock')).toBe(en.menu.lock);
  });
});
