import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../engine/types';

/** A text that may be worded for each role: "you", "they", "the person". */
export type RoleText = string | Partial<Record<Role, string>>;
export type Block = string | { list: string[] } | { heading: string };
export type RoleBlocks = Block[] | Partial<Record<Role, Block[]>>;

/** Picks the wording for the role from a text or blocks that may differ by role. */
export function forRole<T>(value: T | Partial<Record<Role, T>> | undefined, role: Role): T | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && role in (value as object)) {
    return (value as Partial<Record<Role, T>>)[role];
  }
  return value as T | undefined;
}

/**
 * Reads a text or a list of blocks for the role, with placeholders ({{emergency}}, …) filled in
 * from data. i18next does not interpolate inside returned objects, so it is done here.
 */
export function useRoleTexts(role: Role) {
  const { t, i18n } = useTranslation();
  const fill = (s: string) => i18n.services.interpolator.interpolate(s, {}, i18n.language, {});
  const raw = (key: string): unknown => t(key, { returnObjects: true });
  return {
    text(key: string): string {
      const value = forRole<string>(raw(key) as RoleText, role);
      return typeof value === 'string' ? fill(value) : '';
    },
    blocks(key: string): Block[] {
      const value = forRole<Block[]>(raw(key) as RoleBlocks, role);
      if (!Array.isArray(value)) return [];
      return value.map((b) => (typeof b === 'string' ? fill(b) : 'list' in b ? { list: b.list.map(fill) } : { heading: fill(b.heading) }));
    },
    has(key: string): boolean {
      return i18n.exists(key);
    },
  };
}

/** Renders paragraphs, lists and sub-headings; `headingLevel` is the level of the sub-headings. */
export function Blocks({ blocks, headingLevel }: { blocks: Block[]; headingLevel: 2 | 3 | 4 }): ReactNode {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2];
  return blocks.map((b, i) => (
    <Fragment key={i}>
      {typeof b === 'string' ? (
        <p>{b}</p>
      ) : 'list' in b ? (
        <ul>
          {b.list.map((item, j) => (
            <li key={j}>{item}</li>
          ))}
        </ul>
      ) : (
        <Heading>{b.heading}</Heading>
      )}
    </Fragment>
  ));
}

/**
 * The locale for dates and numbers in a language: the language itself, but British English for
 * "en" (day before month, as in Norway). Chosen here once for every screen.
 */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/** A phone number kept left to right (and its digit groups in order) inside right-to-left text. */
export function PhoneNumber({ children }: { children: string }): ReactNode {
  return <bdi dir="ltr">{children}</bdi>;
}

/**
 * A translated text with a phone number in it ("Call {{number}}"), the number isolated as above.
 * The text is made with a marker in the number's place, then split around it.
 */
export function withPhoneNumber(text: (marker: string) => string, number: string): ReactNode {
  const marker = '\u0000';
  const [before, after = ''] = text(marker).split(marker);
  return (
    <>
      {before}
      <PhoneNumber>{number}</PhoneNumber>
      {after}
    </>
  );
}
