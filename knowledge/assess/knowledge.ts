// The parts of the knowledge base an assessment reads. Functions take it as a parameter so that
// tests can assess against a small hand-made base as well as the bundled one.
import type { KnowledgeBase } from '../schema';

export type AssessKnowledge = Pick<KnowledgeBase, 'causes' | 'tips' | 'redFlags' | 'triageRules' | 'vocabulary'>;
