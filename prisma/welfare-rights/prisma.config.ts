import { postgresConfigFor } from '../postgres-config';

export default postgresConfigFor('welfare-rights');
