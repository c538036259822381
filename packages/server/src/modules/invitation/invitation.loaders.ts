import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

/** The newest invitation of each professional on a page, in one query. */
export function createInvitationLoaders(manager: EntityManager) {
  const latestInvitationByProfessionalId = new DataLoader<string, InvitationEntity | null>(
    async (ids) => {
      const rows = await manager.find(InvitationEntity, {
        where: { professionalId: In([...ids]) },
        order: { createdAt: 'ASC' },
      });
      const latest = new Map(rows.map((row) => [row.professionalId, row]));
      return ids.map((id) => latest.get(id) ?? null);
    },
  );
  return { latestInvitationByProfessionalId };
}

export type InvitationLoaders = ReturnType<typeof createInvitationLoaders>;
