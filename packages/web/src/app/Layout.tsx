import { NavLink, Outlet } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { SignOutMutation } from '../modules/auth/auth.graphql';
import { useSignedInViewer } from '../modules/auth/RequireAuth';
import { can } from '../modules/auth/permissions';
import { SIGN_IN_PATH } from './urql';

export function Layout() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const [{ fetching }, signOut] = useMutation(SignOutMutation);

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
            <button type="button" className="btn btn-ghost" onClick={onSignOut} disabled={fetching} data-testid="sign-out">
              {t('common.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
