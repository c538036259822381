import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { VoteValue } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { BlockedReasons, reasonIds, Refusal, type Reason } from '../../ui/refusal';
import { whyViewerCannotVote, type PostFacts } from './community-rules';

const VoteMutation = graphql(`
  mutation VoteButtons_vote($postId: ID!, $value: VoteValue!) {
    vote(postId: $postId, value: $value) {
      question {
        id
        score
        viewerVote
      }
      answer {
        id
        score
        viewerVote
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

export interface VoteButtonsProps {
  kind: 'QUESTION' | 'ANSWER';
  post: PostFacts & { id: string; score: number; viewerVote: VoteValue };
  /** What the buttons say they vote on, e.g. "this question". */
  label: string;
  canModerate: boolean;
}

/** Up and down, pressed when that is the viewer's vote; pressing the pressed one withdraws it. */
export function VoteButtons({ kind, post, label, canModerate }: VoteButtonsProps) {
  const id = useId();
  const [vote, { loading }] = useMutation(VoteMutation);
  const [refusal, setRefusal] = useState<(Reason & { reasons?: Reason[] }) | null>(null);
  const blocked = whyViewerCannotVote(canModerate, kind, post);
  const describedBy = reasonIds(`${id}-blocked`, blocked);

  async function cast(value: VoteValue) {
    setRefusal(null);
    const next = post.viewerVote === value ? 'NONE' : value;
    const result = await vote({ variables: { postId: post.id, value: next } }).catch(() => null);
    const payload = result?.data?.vote;
    if (!payload)
      setRefusal({
        message: 'Your vote was not saved.',
        hint: 'Check your connection, then try again.',
      });
    else if (payload.error) setRefusal(payload.error);
  }

  return (
    <>
      <div className="vote-buttons" role="group" aria-label={`Votes on ${label}`}>
        <Button
          size="small"
          variant="quiet"
          className="vote-buttons__button"
          aria-pressed={post.viewerVote === 'UP'}
          aria-label={`Vote up ${label}`}
          aria-describedby={describedBy}
          isDisabled={blocked.length > 0}
          isPending={loading}
          onPress={() => void cast('UP')}
        >
          ▲
        </Button>
        <span className="vote-buttons__score" aria-label={`Score ${post.score}`}>
          {post.score}
        </span>
        <Button
          size="small"
          variant="quiet"
          className="vote-buttons__button"
          aria-pressed={post.viewerVote === 'DOWN'}
          aria-label={`Vote down ${label}`}
          aria-describedby={describedBy}
          isDisabled={blocked.length > 0}
          isPending={loading}
          onPress={() => void cast('DOWN')}
        >
          ▼
        </Button>
      </div>
      {/* Below the post, across its width: why the buttons are disabled, or why a vote was refused. */}
      <div className="vote-buttons__why">
        <BlockedReasons id={`${id}-blocked`} reasons={blocked} />
        <Refusal refusal={refusal} />
      </div>
    </>
  );
}
