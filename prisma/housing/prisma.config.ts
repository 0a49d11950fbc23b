import { postgresConfigFor } from '../postgres-config';

export default postgresConfigFor('housing');
