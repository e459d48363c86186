import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttachmentOwner } from '../../shared/attachments/attachments.schemas';
import { call } from './client';

const attachmentsKey = (owner: AttachmentOwner) => ['attachments', owner] as const;

export function useAttachments(owner: AttachmentOwner) {
  return useQuery({ queryKey: attachmentsKey(owner), queryFn: () => call('attachments:list', owner) });
}

/** Opens the host's file dialog; the file is read, cleaned and stored by the main process. */
export function useAddAttachment(owner: AttachmentOwner) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('attachments:add', owner),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(owner) }),
  });
}

/** The stored bytes, held in memory for as long as the viewer is open; never cached after it closes. */
export function useAttachmentPreview(id: number) {
  return useQuery({
    queryKey: ['attachments', 'preview', id],
    queryFn: () => call('attachments:preview', { id }),
    gcTime: 0,
    staleTime: 0,
  });
}

export function useSaveAttachment() {
  return useMutation({ mutationFn: (id: number) => call('attachments:saveAs', { id }) });
}

export function useDeleteAttachment(owner: AttachmentOwner) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('attachments:delete', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(owner) }),
  });
}
