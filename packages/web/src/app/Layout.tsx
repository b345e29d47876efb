import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { SignOutMutation } from '../modules/auth/auth.graphql';
import { useSignedInViewer } from '../modules/auth/RequireAuth';
import { can } from '../modules/auth/permissions';
import { SIGN_IN_PATH } from './urql';

/**
 * The frame of every signed-in page. On a wide screen everything sits in one header row; on a
 * phone (see styles.css, max-width 720px) the header keeps the brand, a Menu button and Sign
 * out, and the navigation, the viewer and the language move into the menu.
 */
export function Layout() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();

  // a new page closes the menu
  useEffect(() => setMenuOpen(false), [pathname]);

  async function onSignOut() {
    await signOut({});
    // a full load, so nothing cached for this person survives into the next session
    window.location.assign(SIGN_IN_PATH);
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/clients" className="brand">
            <span className="brand-mark" aria-hidden="true">
              CRM
            </span>
            <span className="brand-name">{t('common.appName')}</span>
          </NavLink>
          <button
            type="button"
            className="btn btn-ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            data-testid="menu-toggle"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
            {menuOpen ? t('mobile.closeMenu') : t('mobile.menu')}
          </button>
          <div id="app-menu" className={`app-menu${menuOpen ? ' is-open' : ''}`}>
            <nav className="app-nav">
              <NavLink to="/clients">{t('nav.book')}</NavLink>
              {can.seeWorklist(viewer.role) && (
                <NavLink to="/worklist" data-testid="nav-worklist">
                  {t('nav.worklist')}
                </NavLink>
              )}
              {can.seePolicies(viewer.role) && (
                <NavLink to="/policies" data-testid="nav-policies">
                  {t('nav.policies')}
                </NavLink>
              )}
            </nav>
            <div className="app-header-end">
              <span className="viewer" data-testid="viewer">
                <span className="viewer-name">{viewer.name}</span>
                <span className="viewer-role">
                  {t(`roles.${viewer.role}`)}
                  {viewer.branch ? ` · ${viewer.branch.name}` : ''}
                </span>
              </span>
              <LanguageSwitch />
            </div>
          </div>
          <button type="button" className="btn btn-ghost sign-out" onClick={onSignOut} disabled={fetching} data-testid="sign-out">
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
