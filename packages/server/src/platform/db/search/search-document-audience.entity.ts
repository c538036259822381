import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who a CHOSEN_AUDIENCE search document is for: one row per organization or product named
 * (exactly one of the two is set). readableCondition looks here, so search, suggestions and facet
 * counts reach the same readers as canRead. Written only through SearchDocuments.
 */
@Entity('search_document_audience')
export class SearchDocumentAudienceEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('integer', { name: 'document_id' })
  documentId: number;

  @Column('varchar', { name: 'organization_id', length: 36, nullable: true })
  organizationId: string | null;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;
}
