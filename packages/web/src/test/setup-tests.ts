import '@testing-library/jest-dom';
import { server } from './msw-server';

// A request without a handler is a test that silently depends on the network: fail it instead.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
