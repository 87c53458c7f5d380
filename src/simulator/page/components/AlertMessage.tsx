import type { AlertBlock, AlertInline } from "../../outlook/alertMarkdown.ts";

/**
 * A Smart Alert's message from its parsed blocks. Every piece of the add-in's text becomes a text node, so
 * nothing it writes can become markup; only https links become links.
 */
export function AlertMessage({ blocks }: { blocks: readonly AlertBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === "paragraph")
          return (
            <p key={i} className="alert-paragraph">
              <Inline nodes={block.content} />
            </p>
          );
        const items = block.items.map((item, j) => (
          <li key={j}>
            <Inline nodes={item} />
          </li>
        ));
        return block.kind === "bullets" ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </>
  );
}

function Inline({ nodes }: { nodes: readonly AlertInline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.kind) {
          case "text":
            return <span key={i}>{node.text}</span>;
          case "strong":
            return (
              <strong key={i}>
                <Inline nodes={node.children} />
              </strong>
            );
          case "emphasis":
            return (
              <em key={i}>
                <Inline nodes={node.children} />
              </em>
            );
          case "link":
            return (
              <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
                <Inline nodes={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}
