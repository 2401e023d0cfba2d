-- Who deployed each version of the models and why: the engine keeps a deployment's name, source and
-- time only. One row per engine deployment (ACT_RE_DEPLOYMENT.ID_), written in the deployment's own
-- transaction, so no deployment is ever without its author.
CREATE TABLE model_deployment (
  deployment_id  VARCHAR(64)    NOT NULL PRIMARY KEY,
  deployed_by    VARCHAR(64)    NOT NULL,
  deployed_at    DATETIME(6)    NOT NULL,
  source         VARCHAR(255),
  reason         VARCHAR(1000)  NOT NULL
);
