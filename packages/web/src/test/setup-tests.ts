import { configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { server } from './msw-server';

// A request without a handler is a test that silently depends on the network: fail it instead.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// findBy… and waitFor wait this long: long enough for a lazily loaded page on a busy machine.
configure({ asyncUtilTimeout: 5000 });
