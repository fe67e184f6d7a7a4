/**
 * How each kind of node looks in every drawing (its colour and shape), in one place: the drawing's
 * stylesheet and the legend beside it both read it. Every label of the graph model has one of each
 * (a test holds them to the model); the legend lists kinds in this order.
 */

export const KIND_COLOURS: Record<string, string> = {
  Person: '#f6c445',
  Family: '#f0a868',
  Team: '#7fb3d5',
  Organization: '#a9cce3',
  Series: '#82c99b',
  Season: '#b5e0c1',
  Race: '#d2ecd8',
  Meeting: '#9fd8b0',
  Class: '#e4f2c7',
  Vehicle: '#9ec9cc',
  Venue: '#c7b8e8',
  Place: '#ddd3f3',
  Achievement: '#f3a0a0',
  Award: '#f5d47a',
  Event: '#e8c8a0',
  Education: '#d9d9d9',
  Source: '#ffffff',
};

export const KIND_SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  Person: 'ellipse',
  Family: 'hexagon',
  Team: 'round-rectangle',
  Organization: 'rectangle',
  Series: 'round-diamond',
  Season: 'diamond',
  Race: 'triangle',
  Meeting: 'round-hexagon',
  Class: 'rhomboid',
  Vehicle: 'cut-rectangle',
  Venue: 'pentagon',
  Place: 'octagon',
  Achievement: 'star',
  Award: 'heptagon',
  Event: 'round-triangle',
  Education: 'barrel',
  Source: 'tag',
};

/** A kind as the legend names it. */
export const KIND_NAMES: Record<string, string> = {
  Person: 'Person',
  Family: 'Family',
  Team: 'Team',
  Organization: 'Organisation',
  Series: 'Series',
  Season: 'Season',
  Race: 'Race',
  Meeting: 'Race meeting',
  Class: 'Class',
  Vehicle: 'Vehicle',
  Venue: 'Venue',
  Place: 'Place',
  Achievement: 'Achievement',
  Award: 'Award',
  Event: 'Career event',
  Education: 'Education',
  Source: 'Source',
};

export const UNKNOWN_KIND_COLOUR = '#cbd2d9';

/** Corners of a regular polygon around (0, 0) with radius 1, the first one straight up. */
function regular(corners: number, turn = 0): [number, number][] {
  return Array.from({ length: corners }, (_, index) => {
    const angle = -Math.PI / 2 + turn + (index * 2 * Math.PI) / corners;
    return [Math.cos(angle), Math.sin(angle)] as [number, number];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, index) => {
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    const radius = index % 2 === 0 ? 1 : 0.42;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as [number, number];
  });
}

/**
 * The outline of a Cytoscape node shape as polygon corners in [-1, 1], for the legend's swatches;
 * null for the round shapes (drawn as an ellipse or a rounded rectangle).
 */
export function shapeCorners(shape: cytoscape.Css.NodeShape): [number, number][] | null {
  switch (shape) {
    case 'triangle':
    case 'round-triangle':
      return [[0, -1], [1, 1], [-1, 1]];
    case 'diamond':
    case 'round-diamond':
      return [[0, -1], [1, 0], [0, 1], [-1, 0]];
    case 'pentagon':
      return regular(5);
    case 'hexagon':
    case 'round-hexagon':
      return [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]];
    case 'heptagon':
      return regular(7);
    case 'rhomboid':
      return [[-0.5, -1], [1, -1], [0.5, 1], [-1, 1]];
    case 'cut-rectangle':
      return [[-0.6, -1], [0.6, -1], [1, -0.6], [1, 0.6], [0.6, 1], [-0.6, 1], [-1, 0.6], [-1, -0.6]];
    case 'octagon':
      return regular(8, Math.PI / 8);
    case 'star':
      return star();
    case 'tag':
      return [[-1, -1], [0.4, -1], [1, 0], [0.4, 1], [-1, 1]];
    case 'rectangle':
      return [[-1, -1], [1, -1], [1, 1], [-1, 1]];
    default:
      return null;
  }
}
