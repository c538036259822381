import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, grantLicense } from '../../test/factories';
import { createArticle } from '../knowledge-base/knowledge-base.test-helpers';
import { createCourse } from '../training/training.test-helpers';
import { createUpdate } from '../updates/updates.test-helpers';

const FILTER_VALUES = `query {
  articleProducts
  articleCategories
  updateProducts
  courseProducts
}`;

/**
 * The product (and category) filters of the knowledge base, updates and training pages offer
 * every value in use, however many items there are, but never one carried only by items the
 * reader may not open: its name alone would tell that they exist.
 */
describe('filter values of the content lists', () => {
  let app: TestApp;
  let vendorStaff: string;
  let licensedReader: string;
  let unlicensedReader: string;

  beforeAll(async () => {
    app = await startTestApp();
    const vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
      ],
    });
    const licensed = await createOrganization(app.services);
    const unlicensed = await createOrganization(app.services);
    await grantLicense(app.services, licensed, { product: 'atlas' });
    const admin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    licensedReader = await app.signIn(licensed.people[0]!.email);
    unlicensedReader = await app.signIn(unlicensed.people[0]!.email);

    await createArticle(app, admin, {
      title: 'Installing Atlas',
      product: 'atlas',
      category: 'Installation',
      visibility: 'ENTITLED_PRODUCT',
    });
    await createArticle(app, admin, {
      title: 'Comet how-to',
      product: 'comet',
      category: 'How-to',
      visibility: 'ALL_CUSTOMERS',
    });
    await createArticle(app, admin, {
      title: 'Zeta internals',
      product: 'zeta',
      category: 'Internal',
      visibility: 'VENDOR_ONLY',
    });
    await createArticle(
      app,
      admin,
      { title: 'Nova preview', product: 'nova', category: 'Preview', visibility: 'ALL_CUSTOMERS' },
      { publish: false },
    );
    await createArticle(app, admin, { title: 'About support', visibility: 'ALL_CUSTOMERS' });

    await createUpdate(app, admin, {
      title: 'Atlas 7.3',
      product: 'atlas',
      visibility: 'ENTITLED_PRODUCT',
    });
    await createUpdate(app, admin, {
      title: 'Comet 2.0',
      product: 'comet',
      visibility: 'ALL_CUSTOMERS',
    });
    await createUpdate(
      app,
      admin,
      { title: 'Nova 1.0', product: 'nova', visibility: 'ALL_CUSTOMERS' },
      { publish: false },
    );

    await createCourse(app, admin, {
      title: 'Atlas basics',
      product: 'atlas',
      visibility: 'ENTITLED_PRODUCT',
    });
    await createCourse(app, admin, { title: 'Portal tour', visibility: 'ALL_CUSTOMERS' });
    await createCourse(
      app,
      admin,
      { title: 'Nova first steps', product: 'nova', visibility: 'ALL_CUSTOMERS' },
      { publish: false },
    );
  });
  afterAll(() => app.close());

  it('offers a licence holder the products and categories of what they may open', async () => {
    const result = await app.graphql(FILTER_VALUES, {}, licensedReader);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      articleProducts: ['atlas', 'comet'],
      articleCategories: ['How-to', 'Installation'],
      updateProducts: ['atlas', 'comet'],
      courseProducts: ['atlas'],
    });
  });

  it('never offers a reader without the licence a product whose items they may not open', async () => {
    const result = await app.graphql(FILTER_VALUES, {}, unlicensedReader);
    expect(result.data).toEqual({
      articleProducts: ['comet'],
      articleCategories: ['How-to'],
      updateProducts: ['comet'],
      courseProducts: [],
    });
  });

  it('offers vendor staff every product, drafts and vendor-only items included', async () => {
    const result = await app.graphql(FILTER_VALUES, {}, vendorStaff);
    expect(result.data).toEqual({
      articleProducts: ['atlas', 'comet', 'nova', 'zeta'],
      articleCategories: ['How-to', 'Installation', 'Internal', 'Preview'],
      updateProducts: ['atlas', 'comet', 'nova'],
      courseProducts: ['atlas', 'nova'],
    });
  });

  it('is refused to someone signed out', async () => {
    const result = await app.graphql(FILTER_VALUES, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
