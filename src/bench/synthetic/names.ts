/**
 * Name parts for synthetic people, teams and places. Combinations are made up; every synthetic
 * node also carries `synthetic: true` and cites the synthetic source, so none passes for a real one.
 */
export const GIVEN_NAMES = {
  female: ['Ava', 'Mia', 'Zoe', 'Lena', 'Nora', 'Iris', 'Maya', 'Elin', 'Rosa', 'Tess', 'Vera', 'Lina', 'Cleo', 'Hana', 'Ines', 'Jade', 'Kira', 'Lota', 'Noor', 'Pia'],
  male: ['Leo', 'Max', 'Eli', 'Noah', 'Omar', 'Ivan', 'Jon', 'Kai', 'Luca', 'Milo', 'Nico', 'Otto', 'Paul', 'Rami', 'Sven', 'Teo', 'Umar', 'Vito', 'Wim', 'Yann'],
} as const;

export const SURNAMES = [
  'Alder', 'Brandt', 'Calloway', 'Dunmore', 'Ekdahl', 'Fairweather', 'Granger', 'Holloway', 'Ingram', 'Jansen',
  'Kowalczyk', 'Lindqvist', 'Marchetti', 'Novak', 'Okafor', 'Pemberton', 'Quintero', 'Rasmussen', 'Sandoval', 'Thornbury',
  'Ulrich', 'Varga', 'Whitlock', 'Xanthos', 'Yardley', 'Zeller', 'Ashdown', 'Bellamy', 'Castellano', 'Delacroix',
  'Everly', 'Falkner', 'Galloway', 'Hargreave', 'Ivarsson', 'Jovanovic', 'Kessler', 'Lockhart', 'Moreau', 'Nakamura',
] as const;

export const SERIES_WORDS = ['Stock Car', 'Sprint Car', 'Late Model', 'Midget', 'Open Wheel', 'Touring Car', 'Truck', 'Modified'] as const;
export const REGIONS = ['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Coastal', 'Prairie', 'Lakes'] as const;
export const VENUE_KINDS = ['Speedway', 'Raceway', 'Motor Park', 'Oval', 'Circuit'] as const;
export const TEAM_WORDS = ['Racing', 'Motorsports', 'Competition', 'Autosport', 'Performance'] as const;
export const COUNTRIES = ['Canada', 'United States', 'Mexico', 'Australia', 'United Kingdom', 'Brazil'] as const;
