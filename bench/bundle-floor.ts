// The libraries every Jalur function initialises, and nothing else: the floor under the
// module-init figures in `npm run bench -- bundles`.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity } from "electrodb";
import { z } from "zod";

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sqs = new SQSClient({});
const Input = z.object({ id: z.string().min(1) });
const entity = new Entity(
  {
    model: { entity: "floor", version: "1", service: "jalur" },
    attributes: { id: { type: "string", required: true } },
    indexes: { primary: { pk: { field: "pk", composite: ["id"] }, sk: { field: "sk", composite: [] } } },
  },
  { client, table: process.env.JALUR_TABLE ?? "t" },
);

export const handler = async (event: unknown) => ({ entity: entity.schema.model.entity, sqs, input: Input.parse(event) });
