import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';

/** A task definition as we are about to register it. */
export type TaskDefinitionDraft = RegisterTaskDefinitionCommandInput;
