import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { MembersSection } from './members-section';
import { TagsSection } from './tags-section';

/** The group itself: its campaigns and tags, and its members (pseudonyms only). */
export function GroupPage() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="page page-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('nav.group')}
      </h1>
      <div className="settings">
        <TagsSection />
        <MembersSection />
      </div>
    </section>
  );
}
