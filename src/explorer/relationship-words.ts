/** Stored relationship types as a reader says them, for the labels of lines and lists. */
const WORDS: Record<string, string> = {
  PARENT_OF: 'parent of',
  SIBLING_OF: 'sibling of',
  SPOUSE_OF: 'spouse of',
  HAS_RELATIVE: 'relative of',
  MEMBER_OF: 'member of',
  INSPIRED_BY: 'inspired by',
  ASPIRES_TO: 'aims for',
  DROVE_FOR: 'drove for',
  ENTERED_SEASON: 'entered',
  ENTERED_RACE: 'raced in',
  OF_SERIES: 'season of',
  PART_OF_SEASON: 'race of',
  HELD_AT: 'held at',
  LOCATED_IN: 'in',
  HEADQUARTERED_IN: 'based in',
  SANCTIONED_BY: 'sanctioned by',
  PART_OF: 'part of',
  OWNS: 'owns',
  NOTICED_BY: 'noticed by',
  ACHIEVED: 'achieved',
  EXPERIENCED: 'experienced',
  STUDIED: 'studied',
  AT_RACE: 'at',
  IN_SEASON: 'in',
  IN_SERIES: 'in',
  TO_PLACE: 'to',
  PUBLISHED_BY: 'published by',
};

/** A type the explorer does not know yet reads as its name in lower case. */
export function wordsFor(type: string): string {
  return WORDS[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

export const KINSHIP_TYPES = new Set(['PARENT_OF', 'SIBLING_OF', 'SPOUSE_OF', 'HAS_RELATIVE']);
