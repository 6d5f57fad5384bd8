import { useTranslation } from 'react-i18next';
import { routeHref } from './route';

/** An address the app cannot read says so, and the rest of the app stays one click away. */
export function BadAddress({ problem }: { problem: 'malformed' | 'tooLong' }) {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('address.title')}</h1>
      <p role="alert">{t(problem === 'tooLong' ? 'address.tooLong' : 'address.malformed')}</p>
      <p>
        <a href={routeHref({ name: 'workspaces' })}>{t('address.goToWorkspaces')}</a>
      </p>
    </main>
  );
}
