// The baseline of the request-cost benchmark: a bare Apollo Server 5 on Express 5 (the stack the
// API runs on) exposing the same `me` field and `User` type, answered from memory. No guard, no
// plugins, no database. Run as its own process: node bench/request-cost/bare-server.mjs <port>
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const port = Number(process.argv[2] ?? 4100);
const typeDefs = `#graphql
  enum Role { ADMIN STAFF INDUSTRIAL RESEARCHER }
  enum UserStatus { PENDING ACTIVE SUSPENDED }
  enum LanguageCode { fr ar en }
  type User { id: ID! email: String fullName: String! role: Role! status: UserStatus! preferredLanguage: LanguageCode! }
  type Query { me: User! }
`;
const me = { id: '7b0b0a52-7d3c-4c53-9a55-2a4c2b8d9a10', email: 'industrial@bench.example', fullName: 'Industriel du banc', role: 'INDUSTRIAL', status: 'ACTIVE', preferredLanguage: 'fr' };
const server = new ApolloServer({ typeDefs, resolvers: { Query: { me: () => me } } });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.listen(port, '127.0.0.1', () => process.send?.('ready'));
