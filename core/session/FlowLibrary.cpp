#include "core/session/FlowLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

namespace twofold::session {
namespace {

Error invalid(const QString& what) {
    return Error{QStringLiteral("invalid-flow"), what};
}

LocalText readText(const QJsonValue& value) {
    LocalText text;
    if (value.isString()) {
        text.byLanguage.emplace(QStringLiteral("en"), value.toString());
    }
    const auto object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        text.byLanguage.emplace(it.key(), it.value().toString());
    }
    return text;
}

std::optional<Actor> readActor(const QString& name) {
    if (name == QLatin1String("speaker")) {
        return Actor::Speaker;
    }
    if (name == QLatin1String("listener")) {
        return Actor::Listener;
    }
    if (name == QLatin1String("both")) {
        return Actor::Both;
    }
    if (name == QLatin1String("either")) {
        return Actor::Either;
    }
    return std::nullopt;
}

std::optional<FieldKind> readKind(const QString& name) {
    if (name.isEmpty() || name == QLatin1String("text")) {
        return FieldKind::Text;
    }
    if (name == QLatin1String("choice")) {
        return FieldKind::Choice;
    }
    if (name == QLatin1String("speaker")) {
        return FieldKind::Speaker;
    }
    if (name == QLatin1String("coin")) {
        return FieldKind::Coin;
    }
    return std::nullopt;
}

Transition readTransition(const QJsonObject& object) {
    Transition transition;
    transition.goTo = object.value(QStringLiteral("goto")).toString();
    transition.swap = object.value(QStringLiteral("swap")).toBool();
    transition.repeat = object.value(QStringLiteral("repeat")).toString();
    transition.then = object.value(QStringLiteral("then")).toString();
    const QJsonArray floorFrom = object.value(QStringLiteral("floorFrom")).toArray(); // const: never detached
    for (const auto& value : floorFrom) {
        transition.floorFrom.append(value.toString());
    }
    return transition;
}

Result<FieldDef> readField(const QJsonObject& object) {
    FieldDef field;
    field.name = object.value(QStringLiteral("name")).toString();
    const auto kind = readKind(object.value(QStringLiteral("kind")).toString());
    if (field.name.isEmpty() || !kind) {
        return invalid(QStringLiteral("a field needs a name and a known kind"));
    }
    field.kind = *kind;
    field.required = object.value(QStringLiteral("required")).toBool();
    field.maxLength = object.value(QStringLiteral("max")).toInt(500);
    const QJsonArray optionValues = object.value(QStringLiteral("options")).toArray(); // const: never detached
    for (const auto& option : optionValues) {
        field.options.append(option.toString());
    }
    field.summaryTag = object.value(QStringLiteral("summary")).toString();
    const auto shared = object.value(QStringLiteral("shared"));
    if (!shared.isUndefined() && !shared.isBool()) {
        return invalid(QStringLiteral("field %1: shared must be true or false").arg(field.name));
    }
    field.shared = shared.toBool();
    if (field.shared && field.kind != FieldKind::Text && field.kind != FieldKind::Choice) {
        return invalid(QStringLiteral("field %1: only text and choice fields can be shared").arg(field.name));
    }
    field.label = readText(object.value(QStringLiteral("label")));
    field.placeholder = readText(object.value(QStringLiteral("placeholder")));
    if (field.maxLength < 1 || field.maxLength > 4000 || (field.kind == FieldKind::Choice && field.options.isEmpty())) {
        return invalid(QStringLiteral("field %1: max must be 1..4000 and a choice needs options").arg(field.name));
    }
    return field;
}

Result<ActionDef> readAction(const QJsonObject& object) {
    ActionDef action;
    action.id = object.value(QStringLiteral("id")).toString();
    if (action.id.isEmpty()) {
        return invalid(QStringLiteral("an action needs an id"));
    }
    const QJsonArray fieldValues = object.value(QStringLiteral("fields")).toArray(); // const: never detached
    for (const auto& value : fieldValues) {
        auto field = readField(value.toObject());
        if (!field) {
            return field.error();
        }
        action.fields.push_back(std::move(field).value());
    }
    action.next = readTransition(object.value(QStringLiteral("next")).toObject());
    action.completes = object.value(QStringLiteral("completes")).toBool();
    action.undoes = object.value(QStringLiteral("undoes")).toBool();
    action.setFlag = object.value(QStringLiteral("setFlag")).toString();
    action.clearFlag = object.value(QStringLiteral("clearFlag")).toString();
    action.shown = object.value(QStringLiteral("shown")).toBool();
    action.needsSomething = object.value(QStringLiteral("needsSomething")).toBool();
    action.offersPause = object.value(QStringLiteral("offersPause")).toBool();
    action.summaryTag = object.value(QStringLiteral("summary")).toString();
    action.primary = object.value(QStringLiteral("primary")).toBool();
    action.label = readText(object.value(QStringLiteral("label")));
    return action;
}

Status checkTransition(const FlowDefinition& flow, const Transition& transition, const QString& where) {
    for (const auto& target : {transition.goTo, transition.repeat, transition.then}) {
        if (!target.isEmpty() && flow.step(target) == nullptr) {
            return invalid(QStringLiteral("%1 leads to an unknown step %2").arg(where, target));
        }
    }
    if (transition.swap && (transition.repeat.isEmpty() || transition.then.isEmpty())) {
        return invalid(QStringLiteral("%1 swaps the floor but lacks repeat/then").arg(where));
    }
    return Ok{};
}

} // namespace

Result<FlowDefinition> parseFlow(const QByteArray& json) {
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    }
    const auto root = document.object();
    FlowDefinition flow;
    flow.id = root.value(QStringLiteral("id")).toString();
    flow.title = readText(root.value(QStringLiteral("title")));
    flow.description = readText(root.value(QStringLiteral("description")));
    flow.start = root.value(QStringLiteral("start")).toString();
    std::set<QString> ids;
    const QJsonArray stepValues = root.value(QStringLiteral("steps")).toArray(); // const: never detached
    for (const auto& value : stepValues) {
        const auto object = value.toObject();
        StepDef step;
        step.id = object.value(QStringLiteral("id")).toString();
        const auto actor = readActor(object.value(QStringLiteral("actor")).toString());
        if (step.id.isEmpty() || !actor || !ids.insert(step.id).second) {
            return invalid(QStringLiteral("a step needs a unique id and an actor (speaker|listener|both|either)"));
        }
        step.actor = *actor;
        const QJsonArray actionValues = object.value(QStringLiteral("actions")).toArray(); // const: never detached
        for (const auto& actionValue : actionValues) {
            auto action = readAction(actionValue.toObject());
            if (!action) {
                return action.error();
            }
            step.actions.push_back(std::move(action).value());
        }
        step.whenComplete = readTransition(object.value(QStringLiteral("whenComplete")).toObject());
        step.final = object.value(QStringLiteral("final")).toBool();
        step.title = readText(object.value(QStringLiteral("title")));
        step.prompt = readText(object.value(QStringLiteral("prompt")));
        step.waiting = readText(object.value(QStringLiteral("waiting")));
        step.partnerDone = readText(object.value(QStringLiteral("partnerDone")));
        step.partnerPending = readText(object.value(QStringLiteral("partnerPending")));
        flow.steps.push_back(std::move(step));
    }
    if (flow.id.isEmpty() || flow.steps.empty() || flow.step(flow.start) == nullptr) {
        return invalid(QStringLiteral("a flow needs an id, steps and a start step"));
    }
    for (const auto& step : flow.steps) {
        if (auto status = checkTransition(flow, step.whenComplete, step.id); !status) {
            return status.error();
        }
        for (const auto& action : step.actions) {
            if (auto status = checkTransition(flow, action.next, step.id + QLatin1Char('/') + action.id); !status) {
                return status.error();
            }
        }
    }
    return flow;
}

Result<FlowLibrary> FlowLibrary::builtin() {
    FlowLibrary library;
    for (const auto& name : QDir(QStringLiteral(":/flows")).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(QStringLiteral(":/flows/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return invalid(QStringLiteral("cannot read flow %1").arg(name));
        }
        auto flow = parseFlow(file.readAll());
        if (!flow) {
            return Error{flow.error().code, name + QStringLiteral(": ") + flow.error().message};
        }
        if (auto status = library.add(std::move(flow).value()); !status) {
            return status.error();
        }
    }
    if (library.m_flows.empty()) {
        return invalid(QStringLiteral("no flows are built in"));
    }
    return library;
}

Status FlowLibrary::add(FlowDefinition flow) {
    if (find(flow.id) != nullptr) {
        return invalid(QStringLiteral("a flow %1 exists already").arg(flow.id));
    }
    m_flows.push_back(std::make_shared<const FlowDefinition>(std::move(flow)));
    return Ok{};
}

const FlowDefinition* FlowLibrary::find(const QString& id) const {
    for (const auto& flow : m_flows) {
        if (flow->id == id) {
            return flow.get();
        }
    }
    return nullptr;
}

std::vector<const FlowDefinition*> FlowLibrary::all() const {
    std::vector<const FlowDefinition*> result;
    for (const auto& flow : m_flows) {
        result.push_back(flow.get());
    }
    return result;
}

} // namespace twofold::session
