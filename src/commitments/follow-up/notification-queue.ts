import { EntityManager } from 'typeorm';
import { FollowNotification, QuestionSetFollow } from './follow-up.entities';

/**
 * Writes a notice for the followers of a set, in the transaction of the change itself, so no
 * change is mailed that was rolled back and none is lost. Nothing is queued without followers.
 */
export async function enqueueFollowNotification(
  em: EntityManager,
  questionSetId: number,
  action: string,
  commitmentId: number | null = null,
): Promise<void> {
  const followed = await em.exists(QuestionSetFollow, { where: { questionSetId } });
  if (!followed) return;
  await em.insert(FollowNotification, { questionSetId, action, commitmentId, processedAt: null });
}
