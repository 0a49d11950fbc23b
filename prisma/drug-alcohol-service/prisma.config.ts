import { postgresConfigFor } from '../postgres-config';

export default postgresConfigFor('drug-alcohol-service');
