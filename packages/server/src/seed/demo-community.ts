import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { displayName } from '@foyer/shared';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import {
  AnswerEntity,
  CommunityVoteEntity,
  QuestionArticleLinkEntity,
  QuestionEntity,
} from '../modules/community/community.entity';
import { QuestionIndexer } from '../modules/community/question-indexer';
import { SearchDocuments } from '../platform/db/search/search-documents';
import {
  DEMO_MODERATOR,
  DEMO_QUESTIONS,
  type DemoAnswer,
  type DemoQuestion,
} from './demo-community.data';

const DAY_MS = 86_400_000;

/**
 * The demo community, in the caller's transaction. A question whose slug is already there is left
 * as it is; people who were deleted since the demo world was made simply do not take part.
 */
export async function seedDemoCommunity(manager: EntityManager, now: Date): Promise<number> {
  const emails = new Set<string>([DEMO_MODERATOR]);
  for (const q of DEMO_QUESTIONS) {
    [q.author, ...(q.upVoters ?? []), ...(q.downVoters ?? [])].forEach((e) => emails.add(e));
    for (const a of q.answers)
      [a.author, ...(a.upVoters ?? []), ...(a.downVoters ?? [])].forEach((e) => emails.add(e));
  }
  const people = await manager.findBy(ProfessionalEntity, { email: In([...emails]) });
  const organizations = await manager.findBy(OrganizationEntity, {
    id: In([...new Set(people.map((p) => p.organizationId))]),
  });
  const personByEmail = new Map(people.map((p) => [p.email, p]));
  const organizationName = new Map(organizations.map((o) => [o.id, o.name]));
  const moderator = personByEmail.get(DEMO_MODERATOR) ?? null;
  const indexer = new QuestionIndexer(new SearchDocuments());
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);

  const authorship = (email: string) => {
    const person = personByEmail.get(email);
    return person
      ? {
          authorProfessionalId: person.id,
          authorName: displayName(person),
          authorOrganizationId: person.organizationId,
          authorOrganizationName: organizationName.get(person.organizationId) ?? '',
        }
      : null;
  };
  const moderation = (reason: string | undefined, when: Date) => ({
    hiddenAt: reason ? when : null,
    hiddenByProfessionalId: reason ? (moderator?.id ?? null) : null,
    hiddenReason: reason ?? null,
  });
  const votes = async (
    kind: 'QUESTION' | 'ANSWER',
    postId: string,
    post: DemoQuestion | DemoAnswer,
    when: Date,
  ): Promise<number> => {
    let score = 0;
    for (const [emailsOf, value] of [
      [post.upVoters ?? [], 1],
      [post.downVoters ?? [], -1],
    ] as const) {
      for (const email of emailsOf) {
        const voter = personByEmail.get(email);
        if (!voter || email === post.author) continue;
        await manager.insert(CommunityVoteEntity, {
          professionalId: voter.id,
          postKind: kind,
          postId,
          value,
          createdAt: when,
          updatedAt: when,
        });
        score += value;
      }
    }
    return score;
  };

  let seeded = 0;
  for (const demo of DEMO_QUESTIONS) {
    const author = authorship(demo.author);
    if (!author || (await manager.existsBy(QuestionEntity, { slug: demo.slug }))) continue;
    const created = at(demo.daysAgo);
    const question = Object.assign(new QuestionEntity(), {
      id: randomUUID(),
      slug: demo.slug,
      title: demo.title,
      bodyMarkdown: `${demo.body}\n`,
      product: demo.product,
      ...author,
      createdAt: created,
      updatedAt: created,
      acceptedAnswerId: null as string | null,
      ...moderation(demo.hiddenReason, created),
      lockedAt: demo.locked ? created : null,
      score: 0,
      answerCount: 0,
    });
    await manager.insert(QuestionEntity, question);
    question.score = await votes('QUESTION', question.id, demo, created);
    for (const demoAnswer of demo.answers) {
      const answerAuthor = authorship(demoAnswer.author);
      if (!answerAuthor) continue;
      const when = at(demoAnswer.daysAgo);
      const answer = Object.assign(new AnswerEntity(), {
        id: randomUUID(),
        questionId: question.id,
        bodyMarkdown: `${demoAnswer.body}\n`,
        ...answerAuthor,
        createdAt: when,
        updatedAt: when,
        ...moderation(demoAnswer.hiddenReason, when),
        score: 0,
      });
      await manager.insert(AnswerEntity, answer);
      answer.score = await votes('ANSWER', answer.id, demoAnswer, when);
      await manager.update(AnswerEntity, { id: answer.id }, { score: answer.score });
      if (!demoAnswer.hiddenReason) question.answerCount += 1;
      if (demoAnswer.accepted && !demoAnswer.hiddenReason) question.acceptedAnswerId = answer.id;
      if (when > question.updatedAt) question.updatedAt = when;
    }
    await manager.update(
      QuestionEntity,
      { id: question.id },
      {
        score: question.score,
        answerCount: question.answerCount,
        acceptedAnswerId: question.acceptedAnswerId,
        updatedAt: question.updatedAt,
      },
    );
    for (const slug of demo.articles ?? []) {
      const article = await manager.findOne(ArticleEntity, {
        where: { slug },
        select: { id: true },
      });
      if (article)
        await manager.insert(QuestionArticleLinkEntity, {
          questionId: question.id,
          articleId: article.id,
          linkedByProfessionalId: author.authorProfessionalId,
          createdAt: created,
        });
    }
    await indexer.index(manager, question);
    seeded += 1;
  }
  return seeded;
}
