import type { EntityManager } from 'typeorm';
import type { SearchDocuments } from '../../platform/db/search/search-documents';
import { markdownToText } from '../knowledge-base/markdown';
import { AnswerEntity, type QuestionEntity } from './community.entity';

/**
 * Writes a question's search document: its title, its text and the accepted answer's, filed as
 * "Answered" or "Unanswered". A hidden question is indexed as unpublished, which the reading rule
 * keeps from everyone but vendor staff. Called in the transaction of every change that alters these.
 */
export class QuestionIndexer {
  constructor(private readonly documents: SearchDocuments) {}

  async index(manager: EntityManager, question: QuestionEntity): Promise<void> {
    const accepted = question.acceptedAnswerId
      ? await manager.findOneBy(AnswerEntity, { id: question.acceptedAnswerId })
      : null;
    const questionText = markdownToText(question.bodyMarkdown);
    const answerText =
      accepted && accepted.hiddenAt === null ? markdownToText(accepted.bodyMarkdown) : '';
    await this.documents.upsert(manager, {
      kind: 'QUESTION',
      itemId: question.id,
      slug: question.slug,
      title: question.title,
      summary: excerpt(questionText),
      body: [questionText, answerText].filter(Boolean).join('\n\n'),
      keywords: [],
      product: question.product,
      version: null,
      category: question.answerCount > 0 ? 'Answered' : 'Unanswered',
      visibility: 'ALL_CUSTOMERS',
      published: question.hiddenAt === null,
      updatedAt: question.updatedAt,
    });
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 200 ? flat : `${flat.slice(0, 199).replace(/\s+\S*$/, '')}…`;
}
