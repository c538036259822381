import { InitialSchema1764374400000 } from './1764374400000-initial-schema';

/** Every migration, oldest first. Listed explicitly so the build needs no file globbing. */
export const migrations = [InitialSchema1764374400000];
