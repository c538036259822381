import type { ReactNode } from 'react';
import type { OrganizationKind } from '@foyer/shared';
import { LatestArticles } from '../knowledge-base/latest-articles';
import { LatestNews } from '../news/latest-news';
import { LatestUpdates } from '../updates/latest-updates';
import { CoursesInProgress } from '../training/courses-in-progress';
import { LicenseSummary, VendorLicensingNote } from '../licensing/license-summary';
import { LatestQuestions } from '../community/latest-questions';

export interface ContentSectionsProps {
  organizationName: string;
  organizationKind: OrganizationKind;
}

interface ContentSection {
  id: string;
  title: string;
  description: string;
  /** What the card shows: the latest of its kind for this reader, each with its own empty state. */
  body: ReactNode;
}

/**
 * The portal's content, in the order people reach for it: what is new (news, updates for their
 * products), what they are in the middle of (courses), then the reference content.
 */
export function ContentSections({ organizationName, organizationKind }: ContentSectionsProps) {
  const sections: ContentSection[] = [
    {
      id: 'news',
      title: 'News',
      description: 'Announcements from the vendor for its customers and partners.',
      body: <LatestNews />,
    },
    {
      id: 'software-updates',
      title: 'Software updates',
      description: 'Updates and hotfixes for your products, with release notes and checksums.',
      body: <LatestUpdates />,
    },
    {
      id: 'training',
      title: 'Training',
      description: 'Courses, lessons and videos, with your progress through them.',
      body: <CoursesInProgress />,
    },
    {
      id: 'knowledge-base',
      title: 'Knowledge base',
      description: 'Answers and how-to articles for your products, by product and version.',
      body: <LatestArticles />,
    },
    {
      id: 'licensing',
      title: 'Licensing',
      description:
        organizationKind === 'VENDOR'
          ? 'What customers and partners are licensed for: products, seats and service plans.'
          : `What ${organizationName} is licensed for: products, seats and service plan.`,
      body:
        organizationKind === 'VENDOR' ? (
          <VendorLicensingNote />
        ) : (
          <LicenseSummary organizationName={organizationName} />
        ),
    },
    {
      id: 'community',
      title: 'Community',
      description: 'Questions and answers among professionals who use the same products.',
      body: <LatestQuestions />,
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
              {section.body}
            </section>
          </li>
        ))}
      </ul>
    </section>
  );
}
