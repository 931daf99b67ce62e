import { nowIso } from '../../../shared/domain/index.ts';
import {
  COURSES_SETTING,
  type CourseInput,
  readCourse,
  type UserCourse,
} from '../../../shared/learning/courses.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export async function listCourses(db: JobrakerDatabase): Promise<UserCourse[]> {
  const row = await db.settings.get(COURSES_SETTING);
  return Array.isArray(row?.value) ? (row.value as UserCourse[]) : [];
}

/** Adds a course the user typed for a skill (the only way a course appears). */
export async function addCourse(db: JobrakerDatabase, input: CourseInput): Promise<UserCourse> {
  const read = readCourse(input, nowIso());
  if (!read.ok) throw new Error(read.message);
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: COURSES_SETTING, value: [...(await listCourses(db)), read.course] });
  });
  return read.course;
}

export async function removeCourse(db: JobrakerDatabase, addedAt: string, skill: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const left = (await listCourses(db)).filter((c) => !(c.addedAt === addedAt && c.skill === skill));
    await db.settings.put({ key: COURSES_SETTING, value: left });
  });
}
