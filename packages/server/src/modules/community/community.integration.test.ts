import { fromGlobalId } from '../../platform/graphql/global-id';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { createArticle } from '../knowledge-base/knowledge-base.test-helpers';

const POST_FIELDS = `id score viewerVote viewerIsAuthor hidden hiddenReason author { name organizationName }`;
const QUESTION_FIELDS = `${POST_FIELDS} slug title bodyHtml product answerCount hasAcceptedAnswer locked
  answers { ${POST_FIELDS} accepted bodyMarkdown } linkedArticles { title }`;
const QUESTION = `query ($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} } }`;
const BY_SLUG = `query ($slug: String!) { questionBySlug(slug: $slug) { id title } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Question { title } ... on Answer { bodyMarkdown } } }`;
const LIST = `query ($first: Int, $after: String, $filter: QuestionFilter, $orderBy: QuestionOrder, $product: String) {
  questions(first: $first, after: $after, filter: $filter, orderBy: $orderBy, product: $product) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title score answerCount hasAcceptedAnswer } }
  }
}`;
const SEARCH = `query ($q: String!) { search(query: $q, kinds: [QUESTION]) { totalCount edges { node { kind slug category node { id } } } } }`;
const ASK = `mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { question { id slug author { name organizationName } } error { code message field } } }`;
const EDIT = `mutation ($input: EditQuestionInput!) { editQuestion(input: $input) { question { title } error { code message } } }`;
const ANSWER = `mutation ($input: AnswerQuestionInput!) { answerQuestion(input: $input) { answer { id } question { answerCount } error { code message hint } } }`;
const EDIT_ANSWER = `mutation ($input: EditAnswerInput!) { editAnswer(input: $input) { answer { bodyMarkdown } error { code } } }`;
const VOTE = `mutation ($postId: ID!, $value: VoteValue!) { vote(postId: $postId, value: $value) {
  question { score viewerVote } answer { score viewerVote } error { code message hint } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptAnswer(answerId: $id) { question { hasAcceptedAnswer answers { id accepted } } error { code message } } }`;
const UNACCEPT = `mutation ($id: ID!) { unacceptAnswer(questionId: $id) { question { hasAcceptedAnswer } error { code } } }`;
const LINK = `mutation ($q: ID!, $a: ID!) { linkQuestionToArticle(questionId: $q, articleId: $a) { question { linkedArticles { title } } error { code field } } }`;
const UNLINK = `mutation ($q: ID!, $a: ID!) { unlinkQuestionFromArticle(questionId: $q, articleId: $a) { question { linkedArticles { title } } error { code } } }`;
const ARTICLE_QUESTIONS = `query ($id: ID!) { article(id: $id) { communityQuestions { title } } }`;
const HIDE = `mutation ($id: ID!, $reason: String!) { hidePost(input: { postId: $id, reason: $reason }) { question { hidden answerCount } answer { hidden hiddenReason } error { code } } }`;
const UNHIDE = `mutation ($id: ID!) { unhidePost(postId: $id) { question { hidden answerCount } error { code } } }`;
const LOCK = `mutation ($id: ID!) { lockQuestion(id: $id) { question { locked } error { code } } }`;
const UNLOCK = `mutation ($id: ID!) { unlockQuestion(id: $id) { question { locked } error { code } } }`;
const AUDIT = `query ($id: ID!) { auditEvents(organizationId: $id) { edges { node { action } } } }`;

describe('community', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let acme: CreatedOrganization;
  let globex: CreatedOrganization;
  let moderator: string;
  let vendorStaff: string;
  let ana: string;
  let frank: string;
  let hiro: string;
  let unique = 0;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      name: 'Northwind',
      people: [
        {
          firstName: 'Vera',
          lastName: 'Moderator',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Stella', lastName: 'Staff' },
      ],
    });
    acme = await createOrganization(app.services, {
      name: 'Acme',
      people: [
        {
          firstName: 'Ana',
          lastName: 'Silva',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Frank', lastName: 'Ford' },
      ],
    });
    globex = await createOrganization(app.services, {
      name: 'Globex',
      people: [
        {
          firstName: 'Hiro',
          lastName: 'Tanaka',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    moderator = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    ana = await app.signIn(acme.people[0]!.email);
    frank = await app.signIn(acme.people[1]!.email);
    hiro = await app.signIn(globex.people[0]!.email);
  });
  afterAll(() => app.close());

  async function ask(
    cookie: string,
    title = `How do I rotate keys ${++unique}?`,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; slug: string }> {
    const result = await app.graphql(
      ASK,
      { input: { title, bodyMarkdown: 'I need **help**.', ...extra } },
      cookie,
    );
    const question = result.data?.askQuestion?.question;
    if (!question)
      throw new Error(JSON.stringify(result.data?.askQuestion?.error ?? result.errors));
    return question;
  }
  async function answer(
    cookie: string,
    questionId: string,
    bodyMarkdown = 'Try restarting it.',
  ): Promise<string> {
    const result = await app.graphql(ANSWER, { input: { questionId, bodyMarkdown } }, cookie);
    const created = result.data?.answerQuestion?.answer;
    if (!created)
      throw new Error(JSON.stringify(result.data?.answerQuestion?.error ?? result.errors));
    return created.id;
  }
  const read = async (cookie: string, id: string) =>
    (await app.graphql(QUESTION, { id }, cookie)).data?.question;

  describe('asking and reading', () => {
    it('shows images from other sites as links, so those sites never see who reads', async () => {
      const image = '![Proxy settings](https://img.example.net/p.png)';
      const { id } = await ask(ana, undefined, { bodyMarkdown: `Mine: ${image}` });
      await answer(hiro, id, `Same here: ${image}`);
      const html = (
        await app.graphql(
          `query ($id: ID!) { question(id: $id) { bodyHtml answers { bodyHtml } } }`,
          { id },
          frank,
        )
      ).data!.question;
      const link =
        '<a href="https://img.example.net/p.png" rel="noopener noreferrer nofollow" target="_blank">Image: Proxy settings (img.example.net)</a>';
      expect(html.bodyHtml).toBe(`<p>Mine: ${link}</p>\n`);
      expect(html.answers[0].bodyHtml).toBe(`<p>Same here: ${link}</p>\n`);
    });

    it('lets any professional ask, answer and read, naming authors with their organization', async () => {
      const asked = await app.graphql(
        ASK,
        {
          input: {
            title: 'Atlas proxy timeouts after upgrade',
            bodyMarkdown: 'Since 7.2 the **proxy** times out.',
            product: 'atlas',
          },
        },
        ana,
      );
      expect(asked.data!.askQuestion).toMatchObject({
        error: null,
        question: {
          slug: 'atlas-proxy-timeouts-after-upgrade',
          author: { name: 'Ana Silva', organizationName: 'Acme' },
        },
      });
      const { id, slug } = asked.data!.askQuestion.question;
      await answer(hiro, id, 'Raise the idle timeout.');

      const question = await read(frank, id);
      expect(question).toMatchObject({
        title: 'Atlas proxy timeouts after upgrade',
        product: 'atlas',
        answerCount: 1,
        viewerIsAuthor: false,
      });
      expect(question.bodyHtml).toContain('<strong>proxy</strong>');
      expect(question.answers).toEqual([
        expect.objectContaining({
          bodyMarkdown: 'Raise the idle timeout.',
          author: { name: 'Hiro Tanaka', organizationName: 'Globex' },
          accepted: false,
        }),
      ]);
      expect((await app.graphql(BY_SLUG, { slug }, hiro)).data!.questionBySlug.id).toBe(id);
      expect((await app.graphql(NODE, { id }, hiro)).data!.node.title).toBe(
        'Atlas proxy timeouts after upgrade',
      );
    });

    it('posts every one of several questions asked at once with the same title, each at an address of its own', async () => {
      const title = `Ledger backup fails at midnight ${++unique}`;
      const results = await Promise.all(
        [ana, frank, hiro, ana].map((cookie) =>
          app.graphql(ASK, { input: { title, bodyMarkdown: 'Every night.' } }, cookie),
        ),
      );
      expect(results.map((r) => r.errors ?? r.data!.askQuestion.error)).toEqual([
        null,
        null,
        null,
        null,
      ]);
      const slugs = results.map((r) => r.data!.askQuestion.question.slug as string);
      expect(new Set(slugs).size).toBe(4);
    });

    it('validates questions and lets only the author or a moderator edit them', async () => {
      const short = await app.graphql(ASK, { input: { title: 'Hi', bodyMarkdown: 'x' } }, ana);
      expect(short.data!.askQuestion.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'title',
      });
      // Spaces alone are no title, no question and no answer.
      const blankTitle = await app.graphql(
        ASK,
        { input: { title: '        ', bodyMarkdown: 'x' } },
        ana,
      );
      expect(blankTitle.data!.askQuestion.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'title',
      });
      const paddedShortTitle = await app.graphql(
        ASK,
        { input: { title: '   Hi   ', bodyMarkdown: 'x' } },
        ana,
      );
      expect(paddedShortTitle.data!.askQuestion.error).toMatchObject({ field: 'title' });
      const blankBody = await app.graphql(
        ASK,
        { input: { title: 'A question without words', bodyMarkdown: '  \n ' } },
        ana,
      );
      expect(blankBody.data!.askQuestion.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'bodyMarkdown',
      });
      const unanswered = await ask(ana);
      const blankAnswer = await app.graphql(
        ANSWER,
        { input: { questionId: unanswered.id, bodyMarkdown: ' \n  ' } },
        hiro,
      );
      expect(blankAnswer.data!.answerQuestion.error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((await read(ana, unanswered.id)).answerCount).toBe(0);

      const { id } = await ask(ana);
      const refused = await app.graphql(
        EDIT,
        { input: { id, title: 'Edited by someone else' } },
        hiro,
      );
      expect(refused.data!.editQuestion.error.code).toBe('FORBIDDEN');
      expect(
        (await app.graphql(EDIT, { input: { id, title: 'Edited by the author' } }, ana)).data!
          .editQuestion.question.title,
      ).toBe('Edited by the author');
      expect(
        (await app.graphql(EDIT, { input: { id, title: 'Edited by a moderator' } }, moderator))
          .data!.editQuestion.question.title,
      ).toBe('Edited by a moderator');
      const answerId = await answer(hiro, id);
      expect(
        (
          await app.graphql(
            EDIT_ANSWER,
            { input: { id: answerId, bodyMarkdown: 'Not yours' } },
            ana,
          )
        ).data!.editAnswer.error.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(EDIT_ANSWER, { input: { id: answerId, bodyMarkdown: '   ' } }, hiro))
          .data!.editAnswer.error.code,
      ).toBe('VALIDATION_FAILED');
      expect(
        (await app.graphql(EDIT, { input: { id, title: '       ' } }, ana)).data!.editQuestion.error
          .code,
      ).toBe('VALIDATION_FAILED');
      expect(
        (
          await app.graphql(
            EDIT_ANSWER,
            { input: { id: answerId, bodyMarkdown: 'Better answer' } },
            hiro,
          )
        ).data!.editAnswer.answer.bodyMarkdown,
      ).toBe('Better answer');
    });

    it('refuses everything to someone signed out', async () => {
      const { id } = await ask(ana);
      expect((await app.graphql(QUESTION, { id })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await app.graphql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(
        (await app.graphql(ASK, { input: { title: 'Anonymous question', bodyMarkdown: 'x' } }))
          .data!.askQuestion.error.code,
      ).toBe('UNAUTHENTICATED');
      expect((await app.graphql(VOTE, { postId: id, value: 'UP' })).data!.vote.error.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('voting', () => {
    it('refuses a vote on one’s own post, with the reason', async () => {
      const { id } = await ask(ana);
      const own = await app.graphql(VOTE, { postId: id, value: 'UP' }, ana);
      expect(own.data!.vote.error).toMatchObject({
        code: 'OWN_POST',
        message: 'You cannot vote on your own question.',
      });
      expect(own.data!.vote.error.hint).toBeTruthy();
      const answerId = await answer(hiro, id);
      expect(
        (await app.graphql(VOTE, { postId: answerId, value: 'DOWN' }, hiro)).data!.vote.error.code,
      ).toBe('OWN_POST');
      expect((await read(frank, id)).score).toBe(0);
    });

    it('counts one vote per person, which they may change or withdraw', async () => {
      const { id } = await ask(ana);
      const answerId = await answer(hiro, id);
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'UP' }, hiro)).data!.vote.question,
      ).toEqual({ score: 1, viewerVote: 'UP' });
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'UP' }, hiro)).data!.vote.question,
      ).toEqual({ score: 1, viewerVote: 'UP' });
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'UP' }, frank)).data!.vote.question,
      ).toEqual({ score: 2, viewerVote: 'UP' });
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'DOWN' }, hiro)).data!.vote.question,
      ).toEqual({ score: 0, viewerVote: 'DOWN' });
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'NONE' }, hiro)).data!.vote.question,
      ).toEqual({ score: 1, viewerVote: 'NONE' });
      expect(
        (await app.graphql(VOTE, { postId: answerId, value: 'DOWN' }, ana)).data!.vote.answer,
      ).toEqual({ score: -1, viewerVote: 'DOWN' });

      const seen = await read(frank, id);
      expect(seen).toMatchObject({ score: 1, viewerVote: 'UP' });
      expect(seen.answers[0]).toMatchObject({ score: -1, viewerVote: 'NONE' });
      expect((await read(ana, id)).answers[0].viewerVote).toBe('DOWN');
    });

    it('keeps the score exact under concurrent votes from different people', async () => {
      const { id } = await ask(ana);
      const answerId = await answer(ana, id);
      const voters = await createOrganization(app.services, {
        people: Array.from({ length: 10 }, (_, i) => ({
          roles:
            i === 0
              ? (
                  [
                    'ADMINISTRATOR',
                    'BILLING_CONTACT',
                    'CUSTOMER_CARE_CONTACT',
                    'SHIPPING_CONTACT',
                  ] as const
                ).slice()
              : [],
        })),
      });
      const cookies = await Promise.all(voters.people.map((p) => app.signIn(p.email)));
      const results = await Promise.all(
        cookies.flatMap((cookie) => [
          app.graphql(VOTE, { postId: id, value: 'UP' }, cookie),
          app.graphql(VOTE, { postId: answerId, value: 'UP' }, cookie),
        ]),
      );
      expect(results.map((r) => r.data?.vote?.error ?? r.errors ?? null)).toEqual(
        Array(20).fill(null),
      );
      const question = await read(hiro, id);
      expect(question.score).toBe(10);
      expect(question.answers[0].score).toBe(10);
    });

    it('takes more concurrent votes than the database has connections, each needing its voter’s entitlements', async () => {
      const { id } = await ask(ana);
      const voters = await createOrganization(app.services, {
        people: Array.from({ length: 14 }, (_, i) => ({
          roles:
            i === 0
              ? (
                  [
                    'ADMINISTRATOR',
                    'BILLING_CONTACT',
                    'CUSTOMER_CARE_CONTACT',
                    'SHIPPING_CONTACT',
                  ] as const
                ).slice()
              : [],
        })),
      });
      // Fresh actor objects, as fresh requests have: nothing about them is cached yet.
      const actors = await Promise.all(
        voters.people.map((p) => app.services.sessions.actorFor(p.id)),
      );
      const questionId = fromGlobalId(id)!.id;
      await Promise.all(
        actors.map((actor) =>
          app.services.communityWriter.vote(actor, 'QUESTION', questionId, 'UP'),
        ),
      );
      expect((await read(hiro, id)).score).toBe(14);
    });
  });

  describe('accepting', () => {
    it('lets only the asker or a moderator accept, one answer at a time', async () => {
      const { id } = await ask(ana);
      const first = await answer(hiro, id, 'First');
      const second = await answer(frank, id, 'Second');
      await app.graphql(VOTE, { postId: first, value: 'UP' }, ana);

      const byAnswerer = await app.graphql(ACCEPT, { id: second }, frank);
      expect(byAnswerer.data!.acceptAnswer.error).toMatchObject({ code: 'NOT_ASKER' });
      expect(
        (await app.graphql(ACCEPT, { id: second }, vendorStaff)).data!.acceptAnswer.error.code,
      ).toBe('NOT_ASKER');

      const accepted = await app.graphql(ACCEPT, { id: second }, ana);
      expect(accepted.data!.acceptAnswer.question.hasAcceptedAnswer).toBe(true);
      // The accepted answer comes first, above one with a higher score.
      expect(accepted.data!.acceptAnswer.question.answers).toEqual([
        { id: second, accepted: true },
        { id: first, accepted: false },
      ]);

      const replaced = await app.graphql(ACCEPT, { id: first }, moderator);
      expect(replaced.data!.acceptAnswer.question.answers).toEqual([
        { id: first, accepted: true },
        { id: second, accepted: false },
      ]);

      expect((await app.graphql(UNACCEPT, { id }, hiro)).data!.unacceptAnswer.error.code).toBe(
        'NOT_ASKER',
      );
      expect(
        (await app.graphql(UNACCEPT, { id }, ana)).data!.unacceptAnswer.question.hasAcceptedAnswer,
      ).toBe(false);
    });

    it('keeps one accepted answer when several acceptances race', async () => {
      const { id } = await ask(ana);
      const answers = await Promise.all(
        [1, 2, 3, 4].map((n) => answer(n % 2 ? hiro : frank, id, `Answer ${n}`)),
      );
      await Promise.all(answers.map((answerId) => app.graphql(ACCEPT, { id: answerId }, ana)));
      const question = await read(ana, id);
      expect(question.answers.filter((a: { accepted: boolean }) => a.accepted)).toHaveLength(1);
      expect(question.answers[0].accepted).toBe(true);
    });
  });

  describe('lists and search', () => {
    it('filters unanswered and mine, orders by newest or top, and pages', async () => {
      const owner = await createOrganization(app.services, { name: 'Lister' });
      const lister = await app.signIn(owner.people[0]!.email);
      const product = `list${Date.now().toString(36)}`;
      const a = await ask(lister, 'Listed question alpha', { product });
      const b = await ask(ana, 'Listed question beta', { product });
      const c = await ask(lister, 'Listed question gamma', { product });
      await answer(hiro, b.id);
      await app.graphql(VOTE, { postId: b.id, value: 'UP' }, hiro);
      await app.graphql(VOTE, { postId: a.id, value: 'UP' }, hiro);
      await app.graphql(VOTE, { postId: a.id, value: 'UP' }, frank);

      const titles = (r: any) => r.data!.questions.edges.map((e: any) => e.node.title);
      const newest = await app.graphql(LIST, { product }, ana);
      expect(titles(newest)).toEqual([
        'Listed question gamma',
        'Listed question beta',
        'Listed question alpha',
      ]);
      expect(newest.data!.questions.totalCount).toBe(3);
      // Product codes are lower case, whatever the case typed.
      expect(
        (await app.graphql(LIST, { product: ` ${product.toUpperCase()} ` }, ana)).data!.questions
          .totalCount,
      ).toBe(3);
      expect(titles(await app.graphql(LIST, { product, orderBy: 'TOP' }, ana))).toEqual([
        'Listed question alpha',
        'Listed question beta',
        'Listed question gamma',
      ]);
      expect(titles(await app.graphql(LIST, { product, filter: 'UNANSWERED' }, ana))).toEqual([
        'Listed question gamma',
        'Listed question alpha',
      ]);
      const mine = await app.graphql(LIST, { product, filter: 'MINE' }, lister);
      expect(titles(mine)).toEqual(['Listed question gamma', 'Listed question alpha']);
      expect(mine.data!.questions.totalCount).toBe(2);

      const page1 = await app.graphql(LIST, { product, orderBy: 'TOP', first: 2 }, ana);
      expect(page1.data!.questions.pageInfo.hasNextPage).toBe(true);
      const page2 = await app.graphql(
        LIST,
        { product, orderBy: 'TOP', first: 2, after: page1.data!.questions.pageInfo.endCursor },
        ana,
      );
      expect(titles(page2)).toEqual(['Listed question gamma']);
      expect(c.slug).toBe('listed-question-gamma');
    });

    it('finds questions with their accepted answer’s words, filed as answered or unanswered', async () => {
      const { id, slug } = await ask(ana, 'Quokka gateway refuses connections');
      expect(
        (await app.graphql(SEARCH, { q: 'quokka' }, hiro)).data!.search.edges[0].node,
      ).toMatchObject({ kind: 'QUESTION', slug, category: 'Unanswered', node: { id } });
      const answerId = await answer(hiro, id, 'Renew the wombatcertificate first.');
      expect(
        (await app.graphql(SEARCH, { q: 'wombatcertificate' }, frank)).data!.search.totalCount,
      ).toBe(0);
      await app.graphql(ACCEPT, { id: answerId }, ana);
      const found = await app.graphql(SEARCH, { q: 'wombatcertificate' }, frank);
      expect(found.data!.search.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ slug, category: 'Answered' }),
      ]);
    });
  });

  describe('cost', () => {
    it('is as many SQL statements for a page of four questions, with the viewer’s votes, as for one', async () => {
      const product = `cost${Date.now().toString(36)}`;
      for (let i = 0; i < 4; i++) {
        const { id } = await ask(ana, `Cost question number ${i}`, { product });
        await app.graphql(VOTE, { postId: id, value: 'UP' }, hiro);
      }
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int, $product: String) { questions(first: $first, product: $product) {
          totalCount edges { node { title score viewerVote viewerIsAuthor author { name organizationName } } } } }`,
          { first, product },
          hiro,
        );
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        expect(result.data!.questions.edges.map((e: any) => e.node.viewerVote)).toEqual(
          Array(first).fill('UP'),
        );
        return after - before;
      };
      expect(await statementsFor(4)).toBe(await statementsFor(1));
    });

    it('is as many SQL statements for a question with four answers as with one', async () => {
      const statementsFor = async (answers: number) => {
        const { id } = await ask(ana);
        for (let i = 0; i < answers; i++) await answer(i % 2 ? hiro : frank, id, `Answer ${i}`);
        const before = app.db.statements.count;
        const question = await read(frank, id);
        const after = app.db.statements.count;
        expect(question.answers).toHaveLength(answers);
        return after - before;
      };
      expect(await statementsFor(4)).toBe(await statementsFor(1));
    });

    it('is as many SQL statements for a page of four questions, with their answers and linked articles, as for one', async () => {
      const product = `qlinks${Date.now().toString(36)}`;
      const article = await createArticle(app, moderator, { title: `Article for ${product}` });
      for (let i = 0; i < 4; i++) {
        const { id } = await ask(ana, `Linked cost question ${product} ${i}`, { product });
        await answer(hiro, id, `Answer ${i}`);
        expect(
          (await app.graphql(LINK, { q: id, a: article.id }, ana)).data!.linkQuestionToArticle
            .error,
        ).toBeNull();
      }
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int, $product: String) { questions(first: $first, product: $product) {
          edges { node { title answers { bodyMarkdown } linkedArticles { title } } } } }`,
          { first, product },
          hiro,
        );
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        const nodes = result.data!.questions.edges.map((e: any) => e.node);
        expect(nodes).toHaveLength(first);
        for (const node of nodes) {
          expect(node.answers).toEqual([{ bodyMarkdown: expect.stringMatching(/^Answer \d$/) }]);
          expect(node.linkedArticles).toEqual([{ title: `Article for ${product}` }]);
        }
        return after - before;
      };
      expect(await statementsFor(4)).toBe(await statementsFor(1));
    });

    it('is as many SQL statements for a page of four articles, with their community questions, as for one', async () => {
      const product = `alinks${Date.now().toString(36)}`;
      for (let i = 0; i < 4; i++) {
        const article = await createArticle(app, moderator, {
          title: `Article ${i} for ${product}`,
          product,
        });
        const { id } = await ask(ana, `Question on article ${i} of ${product}`, { product });
        expect(
          (await app.graphql(LINK, { q: id, a: article.id }, ana)).data!.linkQuestionToArticle
            .error,
        ).toBeNull();
      }
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int, $product: String) { articles(first: $first, product: $product) {
          edges { node { title communityQuestions(first: 5) { title } } } } }`,
          { first, product },
          hiro,
        );
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        const nodes = result.data!.articles.edges.map((e: any) => e.node);
        expect(nodes).toHaveLength(first);
        for (const node of nodes)
          expect(node.communityQuestions).toEqual([
            { title: node.title.replace(/^Article (\d) for /, 'Question on article $1 of ') },
          ]);
        return after - before;
      };
      expect(await statementsFor(4)).toBe(await statementsFor(1));
    });
  });

  describe('moderation', () => {
    it('hides a question from everyone but vendor staff: by id, in lists and in search', async () => {
      const product = `hide${Date.now().toString(36)}`;
      const { id, slug } = await ask(ana, 'Platypus question to be hidden', { product });
      expect(
        (await app.graphql(HIDE, { id, reason: 'Spam' }, frank)).data!.hidePost.error.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(HIDE, { id, reason: 'Spam' }, vendorStaff)).data!.hidePost.error.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(HIDE, { id, reason: 'Spam' }, moderator)).data!.hidePost.question.hidden,
      ).toBe(true);

      for (const cookie of [ana, hiro]) {
        expect((await app.graphql(QUESTION, { id }, cookie)).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
        expect((await app.graphql(BY_SLUG, { slug }, cookie)).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
        expect((await app.graphql(NODE, { id }, cookie)).data!.node).toBeNull();
        expect((await app.graphql(LIST, { product }, cookie)).data!.questions.totalCount).toBe(0);
        expect((await app.graphql(SEARCH, { q: 'platypus' }, cookie)).data!.search.totalCount).toBe(
          0,
        );
        expect(
          (await app.graphql(VOTE, { postId: id, value: 'UP' }, cookie)).data!.vote.error.code,
        ).toBe('NOT_FOUND');
      }
      expect(await read(moderator, id)).toMatchObject({ hidden: true, hiddenReason: 'Spam' });
      expect((await app.graphql(LIST, { product }, moderator)).data!.questions.totalCount).toBe(1);
      expect(
        (await app.graphql(SEARCH, { q: 'platypus' }, moderator)).data!.search.totalCount,
      ).toBe(1);
      expect(
        (await app.graphql(VOTE, { postId: id, value: 'UP' }, moderator)).data!.vote.error.code,
      ).toBe('POST_HIDDEN');

      const audit = await app.graphql(AUDIT, { id: acme.gid }, ana);
      expect(audit.data!.auditEvents.edges.map((e: any) => e.node.action)).toContain(
        'COMMUNITY_POST_HIDDEN',
      );

      expect((await app.graphql(UNHIDE, { id }, moderator)).data!.unhidePost.question.hidden).toBe(
        false,
      );
      expect((await read(hiro, id)).title).toBe('Platypus question to be hidden');
      expect((await app.graphql(SEARCH, { q: 'platypus' }, hiro)).data!.search.totalCount).toBe(1);
    });

    it('hides an answer from others, uncounted, and refuses accepting it', async () => {
      const { id } = await ask(ana);
      const kept = await answer(frank, id, 'Kept');
      const hidden = await answer(hiro, id, 'Rude');
      await app.graphql(ACCEPT, { id: hidden }, ana);
      const result = await app.graphql(HIDE, { id: hidden, reason: 'Not civil' }, moderator);
      expect(result.data!.hidePost).toMatchObject({
        answer: { hidden: true, hiddenReason: 'Not civil' },
        question: { answerCount: 1 },
      });
      // Hiding the accepted answer withdraws the acceptance.
      expect((await read(ana, id)).hasAcceptedAnswer).toBe(false);
      expect((await read(ana, id)).answers.map((a: { id: string }) => a.id)).toEqual([kept]);
      expect((await app.graphql(NODE, { id: hidden }, ana)).data!.node).toBeNull();
      expect((await app.graphql(ACCEPT, { id: hidden }, ana)).data!.acceptAnswer.error.code).toBe(
        'NOT_FOUND',
      );
      expect(
        (await app.graphql(ACCEPT, { id: hidden }, moderator)).data!.acceptAnswer.error.code,
      ).toBe('POST_HIDDEN');
      expect((await read(moderator, id)).answers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: hidden, hidden: true, hiddenReason: 'Not civil' }),
        ]),
      );
    });

    it('locks a question against new answers', async () => {
      const { id } = await ask(ana);
      expect((await app.graphql(LOCK, { id }, ana)).data!.lockQuestion.error.code).toBe(
        'FORBIDDEN',
      );
      expect((await app.graphql(LOCK, { id }, moderator)).data!.lockQuestion.question.locked).toBe(
        true,
      );
      const refused = await app.graphql(
        ANSWER,
        { input: { questionId: id, bodyMarkdown: 'Late' } },
        hiro,
      );
      expect(refused.data!.answerQuestion.error).toMatchObject({
        code: 'QUESTION_LOCKED',
        message: 'This question is locked and takes no new answers.',
      });
      expect(
        (await app.graphql(UNLOCK, { id }, moderator)).data!.unlockQuestion.question.locked,
      ).toBe(false);
      await answer(hiro, id, 'Now it works');
    });
  });

  describe('links to knowledge-base articles', () => {
    it('shows a linked article only to readers who may open it, and the question on the article', async () => {
      const openArticle = await createArticle(app, moderator, { title: 'Open article on keys' });
      const licensed = await createArticle(app, moderator, {
        title: 'Licensed article on keys',
        product: 'zephyr',
        visibility: 'ENTITLED_PRODUCT',
      });
      const { id } = await ask(ana, 'Which article covers key rotation?');

      expect(
        (await app.graphql(LINK, { q: id, a: openArticle.id }, hiro)).data!.linkQuestionToArticle
          .error.code,
      ).toBe('NOT_ASKER');
      expect(
        (await app.graphql(LINK, { q: id, a: licensed.id }, ana)).data!.linkQuestionToArticle.error,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'articleId' });
      expect(
        (await app.graphql(LINK, { q: id, a: openArticle.id }, ana)).data!.linkQuestionToArticle
          .question.linkedArticles,
      ).toEqual([{ title: 'Open article on keys' }]);
      await app.graphql(LINK, { q: id, a: licensed.id }, moderator);

      expect((await read(hiro, id)).linkedArticles).toEqual([{ title: 'Open article on keys' }]);
      expect((await read(moderator, id)).linkedArticles).toEqual([
        { title: 'Open article on keys' },
        { title: 'Licensed article on keys' },
      ]);
      expect(
        (await app.graphql(ARTICLE_QUESTIONS, { id: openArticle.id }, hiro)).data!.article
          .communityQuestions,
      ).toEqual([{ title: 'Which article covers key rotation?' }]);

      await app.graphql(HIDE, { id, reason: 'Duplicate' }, moderator);
      expect(
        (await app.graphql(ARTICLE_QUESTIONS, { id: openArticle.id }, hiro)).data!.article
          .communityQuestions,
      ).toEqual([]);
      await app.graphql(UNHIDE, { id }, moderator);

      expect(
        (await app.graphql(UNLINK, { q: id, a: openArticle.id }, ana)).data!
          .unlinkQuestionFromArticle.question.linkedArticles,
      ).toEqual([]);
    });
  });
});
