//! FTE rules: one officer above a full post, the plan that does not add up,
//! the cofunded total above its target or off its baseline, and assignments
//! outside the convention.

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::domain::fte::Fte;
use crate::domain::model::RecordKind;
use crate::domain::staffing::{changes, cofunded, first_above, total_on};
use crate::read::records::total_increase;
use crate::read::repository::Repository;

pub(super) fn check(repo: &Repository, out: &mut Vec<Diagnostic>) {
    for officer in &repo.officers {
        let own = changes(officer.assignments.iter().map(|a| (officer, a)));
        if let Some((date, total, at)) = first_above(&own, Fte::ONE) {
            out.push(Diagnostic::new(
                Code::FteOverbooked,
                &officer.file,
                Some(own[at].assignment.start.span()),
                Message::FteOverbooked {
                    officer: officer.name.clone(),
                    date,
                    total,
                },
            ));
        }
    }

    let Some(convention) = &repo.convention else {
        return;
    };
    let plan = &convention.fte;
    let communes: std::collections::HashSet<&str> =
        convention.communes.iter().map(String::as_str).collect();
    // A suggestion costs a pass over the communes: the first few only.
    let mut budget = 64usize;
    for (commune, _) in &plan.increase {
        if !communes.contains(commune.value.as_str()) {
            let suggestion = if budget > 0 {
                budget -= 1;
                crate::domain::commune::closest(&commune.value, &convention.communes)
            } else {
                None
            };
            out.push(Diagnostic::new(
                Code::PlanMismatch,
                &convention.file,
                Some(commune.span()),
                Message::PlanUnknownCommune {
                    value: commune.value.to_string(),
                    suggestion,
                },
            ));
        }
    }
    // Totals that leave out a broken officer file would be wrong, and the
    // warning would go away once the file is fixed: its own error is enough.
    let officers_complete = !repo
        .left_out
        .iter()
        .any(|l| l.file.split('/').next() == RecordKind::Officer.folder());
    if let Some(baseline) = &plan.baseline {
        let increase = total_increase(plan);
        if baseline.value + increase != plan.target.value {
            out.push(Diagnostic::new(
                Code::PlanMismatch,
                &convention.file,
                Some(plan.target.span()),
                Message::PlanMismatch {
                    baseline: baseline.value,
                    increase,
                    target: plan.target.value,
                },
            ));
        }
        let actual = total_on(cofunded(repo.staff()), plan.baseline_date);
        if officers_complete && actual != baseline.value {
            out.push(Diagnostic::new(
                Code::BaselineMismatch,
                &convention.file,
                Some(baseline.span()),
                Message::BaselineMismatch {
                    date: plan.baseline_date,
                    actual,
                    baseline: baseline.value,
                },
            ));
        }
    }

    let all = changes(cofunded(repo.staff()));
    if let Some((date, total, at)) = first_above(&all, plan.target.value)
        && officers_complete
    {
        out.push(Diagnostic::new(
            Code::FteOverTarget,
            &all[at].officer.file,
            Some(all[at].assignment.start.span()),
            Message::FteOverTarget {
                date,
                total,
                target: plan.target.value,
            },
        ));
    }

    for officer in &repo.officers {
        for assignment in &officer.assignments {
            let starts_after = assignment.start.value > convention.end;
            let ends_before = assignment.end.is_some_and(|end| end < convention.start);
            if starts_after || ends_before {
                out.push(Diagnostic::new(
                    Code::OutsideConvention,
                    &officer.file,
                    Some(assignment.start.span()),
                    Message::AssignmentOutside {
                        start: assignment.start.value,
                        end: assignment.end,
                        from: convention.start,
                        to: convention.end,
                    },
                ));
            }
        }
    }
}
