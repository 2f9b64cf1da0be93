#pragma once

#include "ParseError.h"
#include "model/ClusterSnapshot.h"

#include <QByteArray>
#include <QList>

namespace warren {

// What the broker is: parsers for the answers the slow-cadence "broker facts" read (RabbitMQ 3.8+
// feature flags, 3.13+/4.x deprecated features and metadata store). Pure: tests feed them
// captures from a real 4.0.5 cluster (tests/data/4.0/).

// GET /api/feature-flags: [{name, desc, doc_url, state, stability, provided_by}, ...].
Parsed<QList<FeatureFlag>> parseFeatureFlags(const QByteArray& json);

// GET /api/deprecated-features/used (or /api/deprecated-features):
// [{name, desc, deprecation_phase, doc_url, provided_by}, ...].
Parsed<QList<DeprecatedFeature>> parseDeprecatedFeatures(const QByteArray& json);

// `rabbitmq-diagnostics metadata_store_status`, with `--formatter json` (an array of objects keyed
// "Node Name", "Raft State", "Membership", ...) or the default table. Under Mnesia the answer is
// one row {"Metadata Store": "mnesia"}. Fills store, raft and leader (not members: every cluster
// member is one, the caller knows them).
Parsed<MetadataStoreStatus> parseMetadataStoreStatus(const QByteArray& output);

// The store from the feature flags: khepri_db enabled is Khepri, present and not enabled (or
// absent: a release before 3.13) is Mnesia.
MetadataStore storeFromFeatureFlags(const QList<FeatureFlag>& flags);

// Releases without /api/deprecated-features (before 3.13): the same features, found by Warren
// from what it reads anyway. `haPolicies`: "name (vhost)" of policies that set ha-* keys.
QList<DeprecatedFeature> deprecatedFeaturesFromChecks(const QList<NodeInfo>& nodes, const QStringList& haPolicies);

// GET /api/policies?columns=vhost,name,definition: "name (vhost)" of the policies whose definition
// has an ha-* key (classic queue mirroring).
Parsed<QStringList> parseHaPolicies(const QByteArray& json);

// What to do about a deprecated feature in use, for the node details and the CLI (translated,
// context "Status"); a generic sentence for names Warren does not know.
QString deprecatedFeatureAdvice(const QString& name);

} // namespace warren
