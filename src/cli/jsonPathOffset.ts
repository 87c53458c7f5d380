import { findNodeAtLocation, parseTree } from "jsonc-parser";
import type { Node, Segment } from "jsonc-parser";

/**
 * Where a problem's JSON path (`thresholds.warnAt`, `internalDomains[2]`, `["odd key"]`, `(root)`) starts in the
 * file's text: the key of an object member, or the element of an array. A path that is not in the file (a missing
 * field) falls back to its nearest ancestor that is. Used to list problems in the order an editor shows them.
 */
export function jsonPathOffsets(text: string): (path: string) => number {
  const tree = parseTree(text);
  return (path) => {
    if (!tree) return 0;
    const segments = parsePath(path);
    for (let length = segments.length; length > 0; length--) {
      const node = findNodeAtLocation(tree, segments.slice(0, length));
      if (node) return start(node);
    }
    return tree.offset;
  };
}

function start(node: Node): number {
  // For a member, its key: where "blokAt" is written, not where its value starts.
  return node.parent?.type === "property" ? node.parent.offset : node.offset;
}

const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

function parsePath(path: string): Segment[] {
  if (path === "(root)") return [];
  const segments: Segment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) break;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    // A quoted key was cut to 60 characters with "…" when too long: it then finds no node, and the parent is used.
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}
