import { LatestArticles } from '../knowledge-base/latest-articles';
import { LicenseSummary } from '../licensing/license-summary';
import { LatestQuestions } from '../community/latest-questions';

export interface ContentSectionsProps {
  organizationName: string;
}

interface ContentSection {
  id: string;
  title: string;
  description: string;
  empty: string;
  emptyHint: string;
}

/**
 * The portal's content, in the order people reach for it. The knowledge base shows its latest
 * articles; the kinds not published through Foyer yet say so plainly rather than showing samples.
 */
export function ContentSections({ organizationName }: ContentSectionsProps) {
  const sections: ContentSection[] = [
    {
      id: 'knowledge-base',
      title: 'Knowledge base',
      description: 'Answers and how-to articles for your products, by product and version.',
      empty: 'No articles yet',
      emptyHint: 'Articles appear here as they are published.',
    },
    {
      id: 'software-updates',
      title: 'Software updates',
      description: 'Updates and hotfixes, with release notes and checksums.',
      empty: 'No software updates yet',
      emptyHint: 'New releases for your products will be listed here.',
    },
    {
      id: 'training',
      title: 'Training',
      description: 'Courses, lessons and videos, with your progress through them.',
      empty: 'No courses yet',
      emptyHint: 'Courses you can take will be listed here.',
    },
    {
      id: 'news',
      title: 'News',
      description: 'Announcements from the vendor for its customers and partners.',
      empty: 'No news yet',
      emptyHint: 'Announcements will appear here.',
    },
    {
      id: 'licensing',
      title: 'Licensing',
      description: `What ${organizationName} is licensed for: products, seats and service plan.`,
      empty: 'No licences on record yet',
      emptyHint: `${organizationName}’s products and service plan will be shown here.`,
    },
    {
      id: 'community',
      title: 'Community',
      description: 'Questions and answers among professionals who use the same products.',
      empty: 'No questions yet',
      emptyHint: 'Questions and their accepted answers will appear here.',
    },
  ];

  return (
    <section className="home-content" aria-labelledby="home-content-heading">
      <h2 id="home-content-heading" className="home-section-heading">
        Your portal
      </h2>
      <ul className="home-content__grid">
        {sections.map((section) => (
          <li key={section.id}>
            <section className="card home-content__card" aria-labelledby={`home-${section.id}`}>
              <h3 id={`home-${section.id}`} className="home-content__title">
                {section.title}
              </h3>
              <p className="home-content__description">{section.description}</p>
              {section.id === 'knowledge-base' ? (
                <LatestArticles />
              ) : section.id === 'licensing' ? (
                <LicenseSummary organizationName={organizationName} />
              ) : section.id === 'community' ? (
                <LatestQuestions />
              ) : (
                <div className="home-content__empty">
                  <p className="home-content__empty-title">{section.empty}</p>
                  <p className="home-content__empty-hint">{section.emptyHint}</p>
                </div>
              )}
            </section>
          </li>
        ))}
      </ul>
    </section>
  );
}
