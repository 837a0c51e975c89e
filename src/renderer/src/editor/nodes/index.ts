// Every node the article editor knows. Built-in Lexical nodes cover paragraphs, subheads, quotes,
// lists and links; Galley's own nodes cover newspaper structures.
import { LinkNode } from '@lexical/link'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import type { Klass, LexicalNode } from 'lexical'
import { FactBoxNode } from './FactBoxNode/FactBoxNode'
import { FactBoxTitleNode } from './FactBoxTitleNode/FactBoxTitleNode'
import { ImageNode } from './ImageNode/ImageNode'
import { PageBreakNode } from './PageBreakNode/PageBreakNode'
import { PullQuoteAttributionNode } from './PullQuoteAttributionNode/PullQuoteAttributionNode'
import { PullQuoteNode } from './PullQuoteNode/PullQuoteNode'
import { PullQuoteTextNode } from './PullQuoteTextNode/PullQuoteTextNode'
import { QaAnswerNode } from './QaAnswerNode/QaAnswerNode'
import { QaPairNode } from './QaPairNode/QaPairNode'
import { QaQuestionNode } from './QaQuestionNode/QaQuestionNode'
import { SectionBreakNode } from './SectionBreakNode/SectionBreakNode'
import { TimelineDateNode } from './TimelineDateNode/TimelineDateNode'
import { TimelineEntryNode } from './TimelineEntryNode/TimelineEntryNode'
import { TimelineEventNode } from './TimelineEventNode/TimelineEventNode'
import { TimelineNode } from './TimelineNode/TimelineNode'

export const GALLEY_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  PullQuoteNode,
  PullQuoteTextNode,
  PullQuoteAttributionNode,
  FactBoxNode,
  FactBoxTitleNode,
  QaPairNode,
  QaQuestionNode,
  QaAnswerNode,
  TimelineNode,
  TimelineEntryNode,
  TimelineDateNode,
  TimelineEventNode,
  ImageNode,
  SectionBreakNode,
  PageBreakNode,
]
