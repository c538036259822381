import { isCourseComplete, progressPercent } from './training';

describe('course progress', () => {
  test.each([
    [0, 0, false, 0],
    [0, 4, false, 0],
    [1, 3, false, 33],
    [2, 3, false, 67],
    [3, 3, true, 100],
  ])('%i of %i lessons: complete %s, %i%%', (completedLessons, totalLessons, complete, percent) => {
    expect(isCourseComplete({ completedLessons, totalLessons })).toBe(complete);
    expect(progressPercent({ completedLessons, totalLessons })).toBe(percent);
  });
});
