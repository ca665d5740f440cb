/** The task definition draft every stage of a deploy passes along: rendered, compared, validated, then registered. */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';

/** A task definition as we are about to register it. */
export type TaskDefinitionDraft = RegisterTaskDefinitionCommandInput;
