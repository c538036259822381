import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { UpdateEditor_UpdateFragment } from '../../gql/graphql';
import { Button } from '../../ui/button';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { TextField } from '../../ui/text-field';
import { notify } from '../../ui/toast';
import { formatSize } from '../../ui/format';
import { sha256Of, uploadFile, UploadError } from '../content/upload-file';

const AttachFileMutation = graphql(`
  mutation UpdateFiles_attach($input: AttachUpdateFileInput!) {
    attachUpdateFile(input: $input) {
      update {
        ...UpdateEditor_update
      }
      error {
        field
        message
        hint
      }
    }
  }
`);

const RemoveFileMutation = graphql(`
  mutation UpdateFiles_remove($updateFileId: ID!) {
    removeUpdateFile(updateFileId: $updateFileId) {
      update {
        ...UpdateEditor_update
      }
      error {
        message
        hint
      }
    }
  }
`);

type Stage =
  { step: 'hashing' } | { step: 'uploading'; fraction: number } | { step: 'attaching' } | null;

/** The files offered with an update: upload one (checksummed in the browser), label it, remove one. */
export function UpdateFiles({ update }: { update: UpdateEditor_UpdateFragment }) {
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [labelProblem, setLabelProblem] = useState<FieldProblem | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [stage, setStage] = useState<Stage>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [attach] = useMutation(AttachFileMutation);
  const [remove] = useMutation(RemoveFileMutation);

  async function add() {
    setProblem(null);
    if (!file) {
      setProblem({ message: 'Choose the file to upload first.' });
      return;
    }
    if (!label.trim()) {
      setLabelProblem({ message: 'Label the file, e.g. Linux x64.' });
      return;
    }
    try {
      setStage({ step: 'hashing' });
      const sha256 = await sha256Of(file);
      setStage({ step: 'uploading', fraction: 0 });
      const uploaded = await uploadFile(file, sha256, (fraction) =>
        setStage({ step: 'uploading', fraction }),
      );
      setStage({ step: 'attaching' });
      const payload = (
        await attach({
          variables: { input: { updateId: update.id, fileId: uploaded.id, label: label.trim() } },
        })
      ).data?.attachUpdateFile;
      if (payload?.error) {
        setProblem({ message: payload.error.message, hint: payload.error.hint });
        return;
      }
      notify({
        title: 'File attached',
        description: `${uploaded.fileName} (${formatSize(uploaded.size)}) is offered with the update.`,
      });
      setFile(null);
      setLabel('');
      if (inputRef.current) inputRef.current.value = '';
    } catch (error) {
      setProblem(
        error instanceof UploadError
          ? { message: error.message, hint: error.hint }
          : { message: 'The file could not be attached.', hint: 'Try again.' },
      );
    } finally {
      setStage(null);
    }
  }

  async function removeFile(id: string, name: string) {
    try {
      const error = (await remove({ variables: { updateFileId: id } })).data?.removeUpdateFile
        .error;
      if (error) setProblem({ message: error.message, hint: error.hint });
      else
        notify({
          title: 'File removed',
          description: `${name} is no longer offered. Its downloads stay on record.`,
        });
    } catch {
      setProblem({
        message: 'Foyer is not answering, so the file was not removed.',
        hint: 'Try again.',
      });
    }
  }

  const percent = stage?.step === 'uploading' ? Math.round(stage.fraction * 100) : null;
  return (
    <section className="card update-editor__section" aria-labelledby="update-editor-files">
      <h2 id="update-editor-files" className="update-editor__section-title">
        Files
      </h2>
      {update.files.length === 0 ? (
        <p className="muted">No files yet.</p>
      ) : (
        <ul className="update-editor__files">
          {update.files.map((attached) => (
            <li key={attached.id} className="update-editor__file">
              <span>
                <strong>{attached.label}</strong> · {attached.fileName} ·{' '}
                {formatSize(attached.size)}
                <br />
                <code className="update-file__sha">{attached.sha256}</code>
              </span>
              <Button
                variant="quiet"
                onPress={() => void removeFile(attached.id, attached.fileName)}
              >
                Remove<span className="visually-hidden"> {attached.fileName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="update-editor__upload">
        <div className="form__field">
          <label htmlFor="update-file-input">File to upload</label>
          <input
            ref={inputRef}
            id="update-file-input"
            type="file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            disabled={stage !== null}
          />
        </div>
        <TextField
          label="Label"
          description="What it is for, e.g. Linux x64."
          value={label}
          onChange={(value) => {
            setLabel(value);
            setLabelProblem(null);
          }}
          problem={labelProblem}
        />
        <Button onPress={() => void add()} isPending={stage !== null}>
          Upload and attach
        </Button>
      </div>
      <div role="status" className="update-editor__progress">
        {stage?.step === 'hashing' ? 'Computing the checksum…' : null}
        {percent !== null ? (
          <>
            <progress max={100} value={percent} aria-label="Upload progress" /> Uploading… {percent}
            %
          </>
        ) : null}
        {stage?.step === 'attaching' ? 'Attaching…' : null}
      </div>
      <FormProblem problem={problem} />
    </section>
  );
}
