
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "ai_artifacts": {
                  Row: {
                    "content": string,"created_at": string,"id": string,"job_id": string,"kind": Database["public"]['Enums']["artifact_kind"],"model": string | null,"provider": string | null,"sync_seq": number,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "content": string,"created_at"?: string,"id"?: string,"job_id": string,"kind": Database["public"]['Enums']["artifact_kind"],"model"?: string | null,"provider"?: string | null,"sync_seq"?: number,"user_id"?: string
                  }
                  Update: {
                    "content"?: string,"created_at"?: string,"id"?: string,"job_id"?: string,"kind"?: Database["public"]['Enums']["artifact_kind"],"model"?: string | null,"provider"?: string | null,"sync_seq"?: number,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "ai_artifacts_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"ai_events": {
                  Row: {
                    "artifact_id": string | null,"artifact_kind": Database["public"]['Enums']["artifact_kind"] | null,"created_at": string,"error_code": string | null,"id": string,"input_tokens": number | null,"job_id": string | null,"latency_ms": number | null,"model": string,"operation": Database["public"]['Enums']["ai_operation"],"output_tokens": number | null,"provider": string,"status": Database["public"]['Enums']["ai_event_status"],"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "artifact_id"?: string | null,"artifact_kind"?: Database["public"]['Enums']["artifact_kind"] | null,"created_at"?: string,"error_code"?: string | null,"id"?: string,"input_tokens"?: number | null,"job_id"?: string | null,"latency_ms"?: number | null,"model": string,"operation"?: Database["public"]['Enums']["ai_operation"],"output_tokens"?: number | null,"provider": string,"status": Database["public"]['Enums']["ai_event_status"],"user_id"?: string
                  }
                  Update: {
                    "artifact_id"?: string | null,"artifact_kind"?: Database["public"]['Enums']["artifact_kind"] | null,"created_at"?: string,"error_code"?: string | null,"id"?: string,"input_tokens"?: number | null,"job_id"?: string | null,"latency_ms"?: number | null,"model"?: string,"operation"?: Database["public"]['Enums']["ai_operation"],"output_tokens"?: number | null,"provider"?: string,"status"?: Database["public"]['Enums']["ai_event_status"],"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "ai_events_artifact_fk"
      columns: ["artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "ai_events_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"applications": {
                  Row: {
                    "answers": NonNullable<Json>,"approved_at": string | null,"cover_letter_artifact_id": string | null,"created_at": string,"deleted_at": string | null,"id": string,"job_id": string,"method": Database["public"]['Enums']["submission_method"],"receipt": Json | null,"resume_document_id": string | null,"resume_sha256": string | null,"skyvern_run_id": string | null,"status": Database["public"]['Enums']["application_status"],"status_reason": string | null,"submitted_at": string | null,"submitted_url": string | null,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "answers"?: NonNullable<Json>,"approved_at"?: string | null,"cover_letter_artifact_id"?: string | null,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"job_id": string,"method"?: Database["public"]['Enums']["submission_method"],"receipt"?: Json | null,"resume_document_id"?: string | null,"resume_sha256"?: string | null,"skyvern_run_id"?: string | null,"status"?: Database["public"]['Enums']["application_status"],"status_reason"?: string | null,"submitted_at"?: string | null,"submitted_url"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "answers"?: NonNullable<Json>,"approved_at"?: string | null,"cover_letter_artifact_id"?: string | null,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"job_id"?: string,"method"?: Database["public"]['Enums']["submission_method"],"receipt"?: Json | null,"resume_document_id"?: string | null,"resume_sha256"?: string | null,"skyvern_run_id"?: string | null,"status"?: Database["public"]['Enums']["application_status"],"status_reason"?: string | null,"submitted_at"?: string | null,"submitted_url"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "applications_cover_letter_fk"
      columns: ["cover_letter_artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "applications_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "applications_resume_fk"
      columns: ["resume_document_id","user_id"]
isOneToOne: false
      referencedRelation: "documents"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"auto_apply_log": {
                  Row: {
                    "application_id": string | null,"created_at": string,"decision": Database["public"]['Enums']["auto_apply_decision"],"id": string,"job_id": string,"reason": string,"rule_id": string,"score": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "application_id"?: string | null,"created_at"?: string,"decision": Database["public"]['Enums']["auto_apply_decision"],"id"?: string,"job_id": string,"reason"?: string,"rule_id": string,"score"?: number | null,"user_id"?: string
                  }
                  Update: {
                    "application_id"?: string | null,"created_at"?: string,"decision"?: Database["public"]['Enums']["auto_apply_decision"],"id"?: string,"job_id"?: string,"reason"?: string,"rule_id"?: string,"score"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "auto_apply_log_application_fk"
      columns: ["application_id","user_id"]
isOneToOne: false
      referencedRelation: "applications"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "auto_apply_log_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "auto_apply_log_rule_fk"
      columns: ["rule_id","user_id"]
isOneToOne: false
      referencedRelation: "auto_apply_rules"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"auto_apply_rules": {
                  Row: {
                    "active_days": (number)[],"created_at": string,"daily_limit": number,"deleted_at": string | null,"dry_run": boolean,"enabled": boolean,"exclude_companies": (string)[],"id": string,"include_companies": (string)[],"locations": (string)[],"min_score": number,"name": string,"persona_id": string | null,"require_review": boolean,"required_keywords": (string)[],"title_keywords": (string)[],"updated_at": string,"user_id": string,"weekly_cap": number,"work_types": (Database["public"]['Enums']["work_type"])[]
                  }
                  ComputedFields: never
                  Insert: {
                    "active_days"?: (number)[],"created_at"?: string,"daily_limit"?: number,"deleted_at"?: string | null,"dry_run"?: boolean,"enabled"?: boolean,"exclude_companies"?: (string)[],"id"?: string,"include_companies"?: (string)[],"locations"?: (string)[],"min_score"?: number,"name": string,"persona_id"?: string | null,"require_review"?: boolean,"required_keywords"?: (string)[],"title_keywords"?: (string)[],"updated_at"?: string,"user_id"?: string,"weekly_cap"?: number,"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Update: {
                    "active_days"?: (number)[],"created_at"?: string,"daily_limit"?: number,"deleted_at"?: string | null,"dry_run"?: boolean,"enabled"?: boolean,"exclude_companies"?: (string)[],"id"?: string,"include_companies"?: (string)[],"locations"?: (string)[],"min_score"?: number,"name"?: string,"persona_id"?: string | null,"require_review"?: boolean,"required_keywords"?: (string)[],"title_keywords"?: (string)[],"updated_at"?: string,"user_id"?: string,"weekly_cap"?: number,"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "auto_apply_rules_persona_fk"
      columns: ["persona_id","user_id"]
isOneToOne: false
      referencedRelation: "personas"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"coach_notes": {
                  Row: {
                    "body": string,"created_at": string,"id": string,"job_id": string | null,"relationship_id": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "body": string,"created_at"?: string,"id"?: string,"job_id"?: string | null,"relationship_id": string,"user_id"?: string
                  }
                  Update: {
                    "body"?: string,"created_at"?: string,"id"?: string,"job_id"?: string | null,"relationship_id"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "coach_notes_job_id_fkey"
      columns: ["job_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "coach_notes_relationship_id_fkey"
      columns: ["relationship_id"]
isOneToOne: false
      referencedRelation: "coach_relationships"
      referencedColumns: ["id"]
    }
                  ]
                },"coach_relationships": {
                  Row: {
                    "activated_at": string | null,"client_name": string | null,"coach_id": string | null,"coach_name": string | null,"created_at": string,"ended_at": string | null,"id": string,"invite_expires_at": string,"invite_sha256": string | null,"paused_at": string | null,"status": Database["public"]['Enums']["coach_relationship_status"],"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "activated_at"?: string | null,"client_name"?: string | null,"coach_id"?: string | null,"coach_name"?: string | null,"created_at"?: string,"ended_at"?: string | null,"id"?: string,"invite_expires_at"?: string,"invite_sha256"?: string | null,"paused_at"?: string | null,"status"?: Database["public"]['Enums']["coach_relationship_status"],"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "activated_at"?: string | null,"client_name"?: string | null,"coach_id"?: string | null,"coach_name"?: string | null,"created_at"?: string,"ended_at"?: string | null,"id"?: string,"invite_expires_at"?: string,"invite_sha256"?: string | null,"paused_at"?: string | null,"status"?: Database["public"]['Enums']["coach_relationship_status"],"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"documents": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"file_name": string,"id": string,"kind": Database["public"]['Enums']["document_kind"],"mime_type": string,"sha256": string | null,"size_bytes": number,"storage_path": string | null,"sync_seq": number,"text": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"file_name": string,"id"?: string,"kind"?: Database["public"]['Enums']["document_kind"],"mime_type"?: string,"sha256"?: string | null,"size_bytes"?: number,"storage_path"?: string | null,"sync_seq"?: number,"text"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"file_name"?: string,"id"?: string,"kind"?: Database["public"]['Enums']["document_kind"],"mime_type"?: string,"sha256"?: string | null,"size_bytes"?: number,"storage_path"?: string | null,"sync_seq"?: number,"text"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"interview_prep": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"feedback": string | null,"id": string,"interviewers": (string)[],"job_id": string,"kind": Database["public"]['Enums']["interview_kind"],"notes": string,"questions": (string)[],"research_artifact_id": string | null,"scheduled_at": string | null,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"feedback"?: string | null,"id"?: string,"interviewers"?: (string)[],"job_id": string,"kind"?: Database["public"]['Enums']["interview_kind"],"notes"?: string,"questions"?: (string)[],"research_artifact_id"?: string | null,"scheduled_at"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"feedback"?: string | null,"id"?: string,"interviewers"?: (string)[],"job_id"?: string,"kind"?: Database["public"]['Enums']["interview_kind"],"notes"?: string,"questions"?: (string)[],"research_artifact_id"?: string | null,"scheduled_at"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "interview_prep_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "interview_prep_research_fk"
      columns: ["research_artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_alerts": {
                  Row: {
                    "ats": Database["public"]['Enums']["watched_ats"] | null,"board": string | null,"created_at": string,"currency": string | null,"deleted_at": string | null,"enabled": boolean,"frequency": Database["public"]['Enums']["alert_frequency"],"id": string,"keywords": (string)[],"last_run_at": string | null,"locations": (string)[],"min_salary": number | null,"min_score": number | null,"name": string,"sync_seq": number,"updated_at": string,"user_id": string,"work_types": (Database["public"]['Enums']["work_type"])[]
                  }
                  ComputedFields: never
                  Insert: {
                    "ats"?: Database["public"]['Enums']["watched_ats"] | null,"board"?: string | null,"created_at"?: string,"currency"?: string | null,"deleted_at"?: string | null,"enabled"?: boolean,"frequency"?: Database["public"]['Enums']["alert_frequency"],"id"?: string,"keywords"?: (string)[],"last_run_at"?: string | null,"locations"?: (string)[],"min_salary"?: number | null,"min_score"?: number | null,"name": string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string,"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Update: {
                    "ats"?: Database["public"]['Enums']["watched_ats"] | null,"board"?: string | null,"created_at"?: string,"currency"?: string | null,"deleted_at"?: string | null,"enabled"?: boolean,"frequency"?: Database["public"]['Enums']["alert_frequency"],"id"?: string,"keywords"?: (string)[],"last_run_at"?: string | null,"locations"?: (string)[],"min_salary"?: number | null,"min_score"?: number | null,"name"?: string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string,"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Relationships: [
                    
                  ]
                },"job_aliases": {
                  Row: {
                    "created_at": string,"id": string,"job_id": string,"updated_at": string,"url": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"id"?: string,"job_id": string,"updated_at"?: string,"url": string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"id"?: string,"job_id"?: string,"updated_at"?: string,"url"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_aliases_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_contacts": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"email": string | null,"id": string,"job_id": string,"linkedin_url": string | null,"name": string,"notes": string | null,"phone": string | null,"role": Database["public"]['Enums']["contact_role"],"sync_seq": number,"title": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"email"?: string | null,"id"?: string,"job_id": string,"linkedin_url"?: string | null,"name": string,"notes"?: string | null,"phone"?: string | null,"role"?: Database["public"]['Enums']["contact_role"],"sync_seq"?: number,"title"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"email"?: string | null,"id"?: string,"job_id"?: string,"linkedin_url"?: string | null,"name"?: string,"notes"?: string | null,"phone"?: string | null,"role"?: Database["public"]['Enums']["contact_role"],"sync_seq"?: number,"title"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_contacts_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_follow_ups": {
                  Row: {
                    "created_at": string,"days": number,"deleted_at": string | null,"id": string,"job_id": string,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"days": number,"deleted_at"?: string | null,"id": string,"job_id": string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"days"?: number,"deleted_at"?: string | null,"id"?: string,"job_id"?: string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_follow_ups_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_matches": {
                  Row: {
                    "computed_at": string,"created_at": string,"deal_breakers": (string)[],"deleted_at": string | null,"explanation": string,"factors": NonNullable<Json>,"gaps": NonNullable<Json>,"id": string,"job_id": string,"persona_id": string | null,"requirements": NonNullable<Json>,"score": number,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "computed_at"?: string,"created_at"?: string,"deal_breakers"?: (string)[],"deleted_at"?: string | null,"explanation"?: string,"factors"?: NonNullable<Json>,"gaps"?: NonNullable<Json>,"id"?: string,"job_id": string,"persona_id"?: string | null,"requirements"?: NonNullable<Json>,"score": number,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "computed_at"?: string,"created_at"?: string,"deal_breakers"?: (string)[],"deleted_at"?: string | null,"explanation"?: string,"factors"?: NonNullable<Json>,"gaps"?: NonNullable<Json>,"id"?: string,"job_id"?: string,"persona_id"?: string | null,"requirements"?: NonNullable<Json>,"score"?: number,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_matches_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "job_matches_persona_fk"
      columns: ["persona_id","user_id"]
isOneToOne: false
      referencedRelation: "personas"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_materials": {
                  Row: {
                    "artifact_id": string,"chosen_at": string,"created_at": string,"id": string,"job_id": string,"kind": Database["public"]['Enums']["artifact_kind"],"sync_seq": number,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "artifact_id": string,"chosen_at"?: string,"created_at"?: string,"id"?: string,"job_id": string,"kind": Database["public"]['Enums']["artifact_kind"],"sync_seq"?: number,"user_id"?: string
                  }
                  Update: {
                    "artifact_id"?: string,"chosen_at"?: string,"created_at"?: string,"id"?: string,"job_id"?: string,"kind"?: Database["public"]['Enums']["artifact_kind"],"sync_seq"?: number,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_materials_artifact_fk"
      columns: ["artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "job_materials_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_notes": {
                  Row: {
                    "body": string,"created_at": string,"deleted_at": string | null,"id": string,"job_id": string,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "body": string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"job_id": string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "body"?: string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"job_id"?: string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_notes_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"job_stage_events": {
                  Row: {
                    "at": string,"cause": Database["public"]['Enums']["stage_event_cause"],"created_at": string,"from_stage": Database["public"]['Enums']["job_stage"] | null,"id": string,"job_id": string,"note": string | null,"sync_seq": number,"to_stage": Database["public"]['Enums']["job_stage"],"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "at"?: string,"cause": Database["public"]['Enums']["stage_event_cause"],"created_at"?: string,"from_stage"?: Database["public"]['Enums']["job_stage"] | null,"id"?: string,"job_id": string,"note"?: string | null,"sync_seq"?: number,"to_stage": Database["public"]['Enums']["job_stage"],"user_id"?: string
                  }
                  Update: {
                    "at"?: string,"cause"?: Database["public"]['Enums']["stage_event_cause"],"created_at"?: string,"from_stage"?: Database["public"]['Enums']["job_stage"] | null,"id"?: string,"job_id"?: string,"note"?: string | null,"sync_seq"?: number,"to_stage"?: Database["public"]['Enums']["job_stage"],"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "job_stage_events_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"jobs": {
                  Row: {
                    "apply_url": string | null,"archived_at": string | null,"ats": Database["public"]['Enums']["ats_kind"] | null,"ats_board": string | null,"ats_job_id": string | null,"canonical_url": string,"company": string,"created_at": string,"deadline": string | null,"deleted_at": string | null,"description_html": string | null,"description_text": string | null,"employment_type": Database["public"]['Enums']["employment_type"] | null,"excitement": number | null,"fuzzy_key": string,"gaps": (string)[],"id": string,"locations": NonNullable<Json>,"notes": string,"posted_at": string | null,"provenance": NonNullable<Json>,"requirements_preferred": (string)[],"requirements_required": (string)[],"salary_currency": string | null,"salary_max": number | null,"salary_min": number | null,"salary_period": Database["public"]['Enums']["pay_period"] | null,"salary_text": string | null,"stage": Database["public"]['Enums']["job_stage"],"stage_changed_at": string,"sync_seq": number,"tags": (string)[],"title": string,"updated_at": string,"url": string,"user_edited": (string)[],"user_id": string,"valid_through": string | null,"work_type": Database["public"]['Enums']["work_type"] | null
                  }
                  ComputedFields: never
                  Insert: {
                    "apply_url"?: string | null,"archived_at"?: string | null,"ats"?: Database["public"]['Enums']["ats_kind"] | null,"ats_board"?: string | null,"ats_job_id"?: string | null,"canonical_url": string,"company"?: string,"created_at"?: string,"deadline"?: string | null,"deleted_at"?: string | null,"description_html"?: string | null,"description_text"?: string | null,"employment_type"?: Database["public"]['Enums']["employment_type"] | null,"excitement"?: number | null,"fuzzy_key"?: string,"gaps"?: (string)[],"id"?: string,"locations"?: NonNullable<Json>,"notes"?: string,"posted_at"?: string | null,"provenance"?: NonNullable<Json>,"requirements_preferred"?: (string)[],"requirements_required"?: (string)[],"salary_currency"?: string | null,"salary_max"?: number | null,"salary_min"?: number | null,"salary_period"?: Database["public"]['Enums']["pay_period"] | null,"salary_text"?: string | null,"stage"?: Database["public"]['Enums']["job_stage"],"stage_changed_at"?: string,"sync_seq"?: number,"tags"?: (string)[],"title": string,"updated_at"?: string,"url": string,"user_edited"?: (string)[],"user_id"?: string,"valid_through"?: string | null,"work_type"?: Database["public"]['Enums']["work_type"] | null
                  }
                  Update: {
                    "apply_url"?: string | null,"archived_at"?: string | null,"ats"?: Database["public"]['Enums']["ats_kind"] | null,"ats_board"?: string | null,"ats_job_id"?: string | null,"canonical_url"?: string,"company"?: string,"created_at"?: string,"deadline"?: string | null,"deleted_at"?: string | null,"description_html"?: string | null,"description_text"?: string | null,"employment_type"?: Database["public"]['Enums']["employment_type"] | null,"excitement"?: number | null,"fuzzy_key"?: string,"gaps"?: (string)[],"id"?: string,"locations"?: NonNullable<Json>,"notes"?: string,"posted_at"?: string | null,"provenance"?: NonNullable<Json>,"requirements_preferred"?: (string)[],"requirements_required"?: (string)[],"salary_currency"?: string | null,"salary_max"?: number | null,"salary_min"?: number | null,"salary_period"?: Database["public"]['Enums']["pay_period"] | null,"salary_text"?: string | null,"stage"?: Database["public"]['Enums']["job_stage"],"stage_changed_at"?: string,"sync_seq"?: number,"tags"?: (string)[],"title"?: string,"updated_at"?: string,"url"?: string,"user_edited"?: (string)[],"user_id"?: string,"valid_through"?: string | null,"work_type"?: Database["public"]['Enums']["work_type"] | null
                  }
                  Relationships: [
                    
                  ]
                },"material_share_links": {
                  Row: {
                    "artifact_id": string,"created_at": string,"id": string,"revoked_at": string | null,"token": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "artifact_id": string,"created_at"?: string,"id"?: string,"revoked_at"?: string | null,"token"?: string,"user_id"?: string
                  }
                  Update: {
                    "artifact_id"?: string,"created_at"?: string,"id"?: string,"revoked_at"?: string | null,"token"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "material_share_links_artifact_fk"
      columns: ["artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"offers": {
                  Row: {
                    "base_salary": number | null,"benefits": string | null,"bonus": string | null,"created_at": string,"currency": string | null,"deleted_at": string | null,"equity": string | null,"id": string,"job_id": string,"negotiation": NonNullable<Json>,"notes": string,"period": Database["public"]['Enums']["pay_period"] | null,"respond_by": string | null,"start_date": string | null,"status": Database["public"]['Enums']["offer_status"],"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "base_salary"?: number | null,"benefits"?: string | null,"bonus"?: string | null,"created_at"?: string,"currency"?: string | null,"deleted_at"?: string | null,"equity"?: string | null,"id"?: string,"job_id": string,"negotiation"?: NonNullable<Json>,"notes"?: string,"period"?: Database["public"]['Enums']["pay_period"] | null,"respond_by"?: string | null,"start_date"?: string | null,"status"?: Database["public"]['Enums']["offer_status"],"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "base_salary"?: number | null,"benefits"?: string | null,"bonus"?: string | null,"created_at"?: string,"currency"?: string | null,"deleted_at"?: string | null,"equity"?: string | null,"id"?: string,"job_id"?: string,"negotiation"?: NonNullable<Json>,"notes"?: string,"period"?: Database["public"]['Enums']["pay_period"] | null,"respond_by"?: string | null,"start_date"?: string | null,"status"?: Database["public"]['Enums']["offer_status"],"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "offers_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"people": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"email": string | null,"id": string,"job_ids": (string)[],"linkedin_url": string | null,"name": string,"phone": string | null,"role": Database["public"]['Enums']["person_role"],"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"email"?: string | null,"id"?: string,"job_ids"?: (string)[],"linkedin_url"?: string | null,"name": string,"phone"?: string | null,"role"?: Database["public"]['Enums']["person_role"],"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"email"?: string | null,"id"?: string,"job_ids"?: (string)[],"linkedin_url"?: string | null,"name"?: string,"phone"?: string | null,"role"?: Database["public"]['Enums']["person_role"],"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"person_interactions": {
                  Row: {
                    "channel": Database["public"]['Enums']["interaction_channel"],"created_at": string,"deleted_at": string | null,"happened_on": string,"id": string,"job_id": string | null,"person_id": string,"summary": string,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "channel"?: Database["public"]['Enums']["interaction_channel"],"created_at"?: string,"deleted_at"?: string | null,"happened_on": string,"id"?: string,"job_id"?: string | null,"person_id": string,"summary": string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "channel"?: Database["public"]['Enums']["interaction_channel"],"created_at"?: string,"deleted_at"?: string | null,"happened_on"?: string,"id"?: string,"job_id"?: string | null,"person_id"?: string,"summary"?: string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "person_interactions_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "person_interactions_person_fk"
      columns: ["person_id","user_id"]
isOneToOne: false
      referencedRelation: "people"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"personas": {
                  Row: {
                    "active": boolean,"created_at": string,"deleted_at": string | null,"id": string,"name": string,"resume_document_id": string | null,"sync_seq": number,"target_titles": (string)[],"updated_at": string,"user_id": string,"weight_education": number | null,"weight_experience": number | null,"weight_industry": number | null,"weight_location": number | null,"weight_remote": number | null,"weight_salary": number | null,"weight_skills": number | null,"weight_title": number | null
                  }
                  ComputedFields: never
                  Insert: {
                    "active"?: boolean,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"name": string,"resume_document_id"?: string | null,"sync_seq"?: number,"target_titles"?: (string)[],"updated_at"?: string,"user_id"?: string,"weight_education"?: number | null,"weight_experience"?: number | null,"weight_industry"?: number | null,"weight_location"?: number | null,"weight_remote"?: number | null,"weight_salary"?: number | null,"weight_skills"?: number | null,"weight_title"?: number | null
                  }
                  Update: {
                    "active"?: boolean,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"name"?: string,"resume_document_id"?: string | null,"sync_seq"?: number,"target_titles"?: (string)[],"updated_at"?: string,"user_id"?: string,"weight_education"?: number | null,"weight_experience"?: number | null,"weight_industry"?: number | null,"weight_location"?: number | null,"weight_remote"?: number | null,"weight_salary"?: number | null,"weight_skills"?: number | null,"weight_title"?: number | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "personas_resume_fk"
      columns: ["resume_document_id","user_id"]
isOneToOne: false
      referencedRelation: "documents"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"profile_certifications": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"id": string,"issued_month": string | null,"issuer": string | null,"name": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"id"?: string,"issued_month"?: string | null,"issuer"?: string | null,"name": string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"id"?: string,"issued_month"?: string | null,"issuer"?: string | null,"name"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"profile_education": {
                  Row: {
                    "created_at": string,"degree": string | null,"deleted_at": string | null,"end_month": string | null,"field": string | null,"gpa": string | null,"id": string,"position": number,"school": string,"start_month": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"degree"?: string | null,"deleted_at"?: string | null,"end_month"?: string | null,"field"?: string | null,"gpa"?: string | null,"id"?: string,"position"?: number,"school": string,"start_month"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"degree"?: string | null,"deleted_at"?: string | null,"end_month"?: string | null,"field"?: string | null,"gpa"?: string | null,"id"?: string,"position"?: number,"school"?: string,"start_month"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"profile_experiences": {
                  Row: {
                    "bullets": (string)[],"company": string,"created_at": string,"deleted_at": string | null,"end_month": string | null,"id": string,"is_current": boolean,"location": string | null,"position": number,"start_month": string | null,"title": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "bullets"?: (string)[],"company": string,"created_at"?: string,"deleted_at"?: string | null,"end_month"?: string | null,"id"?: string,"is_current"?: boolean,"location"?: string | null,"position"?: number,"start_month"?: string | null,"title": string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "bullets"?: (string)[],"company"?: string,"created_at"?: string,"deleted_at"?: string | null,"end_month"?: string | null,"id"?: string,"is_current"?: boolean,"location"?: string | null,"position"?: number,"start_month"?: string | null,"title"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"profile_projects": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"description": string | null,"id": string,"name": string,"skills": (string)[],"updated_at": string,"url": string | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"description"?: string | null,"id"?: string,"name": string,"skills"?: (string)[],"updated_at"?: string,"url"?: string | null,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"description"?: string | null,"id"?: string,"name"?: string,"skills"?: (string)[],"updated_at"?: string,"url"?: string | null,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"profile_skills": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"id": string,"name": string,"proficiency": Database["public"]['Enums']["proficiency"] | null,"source": Database["public"]['Enums']["skill_source"],"updated_at": string,"user_id": string,"years": number | null
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"id"?: string,"name": string,"proficiency"?: Database["public"]['Enums']["proficiency"] | null,"source"?: Database["public"]['Enums']["skill_source"],"updated_at"?: string,"user_id"?: string,"years"?: number | null
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"id"?: string,"name"?: string,"proficiency"?: Database["public"]['Enums']["proficiency"] | null,"source"?: Database["public"]['Enums']["skill_source"],"updated_at"?: string,"user_id"?: string,"years"?: number | null
                  }
                  Relationships: [
                    
                  ]
                },"profiles": {
                  Row: {
                    "address_line1": string | null,"citizenship": (string)[],"city": string | null,"country": string | null,"created_at": string,"earliest_start_date": string | null,"eeo_disability_status": string | null,"eeo_gender": string | null,"eeo_race": string | null,"eeo_veteran_status": string | null,"email": string | null,"first_name": string | null,"github_url": string | null,"how_did_you_hear": string | null,"id": string,"industries": (string)[],"last_name": string | null,"linkedin_url": string | null,"permanent_residence": (string)[],"phone": string | null,"portfolio_url": string | null,"postal_code": string | null,"region": string | null,"relocate_to": (string)[],"requires_sponsorship": boolean | null,"ruled_out": (string)[],"salary_currency": string | null,"salary_max": number | null,"salary_min": number | null,"salary_period": Database["public"]['Enums']["pay_period"] | null,"summary": string | null,"sync_seq": number,"target_titles": (string)[],"updated_at": string,"user_id": string,"website_url": string | null,"willing_to_relocate": boolean | null,"work_authorization": (string)[],"work_types": (Database["public"]['Enums']["work_type"])[]
                  }
                  ComputedFields: never
                  Insert: {
                    "address_line1"?: string | null,"citizenship"?: (string)[],"city"?: string | null,"country"?: string | null,"created_at"?: string,"earliest_start_date"?: string | null,"eeo_disability_status"?: string | null,"eeo_gender"?: string | null,"eeo_race"?: string | null,"eeo_veteran_status"?: string | null,"email"?: string | null,"first_name"?: string | null,"github_url"?: string | null,"how_did_you_hear"?: string | null,"id"?: string,"industries"?: (string)[],"last_name"?: string | null,"linkedin_url"?: string | null,"permanent_residence"?: (string)[],"phone"?: string | null,"portfolio_url"?: string | null,"postal_code"?: string | null,"region"?: string | null,"relocate_to"?: (string)[],"requires_sponsorship"?: boolean | null,"ruled_out"?: (string)[],"salary_currency"?: string | null,"salary_max"?: number | null,"salary_min"?: number | null,"salary_period"?: Database["public"]['Enums']["pay_period"] | null,"summary"?: string | null,"sync_seq"?: number,"target_titles"?: (string)[],"updated_at"?: string,"user_id"?: string,"website_url"?: string | null,"willing_to_relocate"?: boolean | null,"work_authorization"?: (string)[],"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Update: {
                    "address_line1"?: string | null,"citizenship"?: (string)[],"city"?: string | null,"country"?: string | null,"created_at"?: string,"earliest_start_date"?: string | null,"eeo_disability_status"?: string | null,"eeo_gender"?: string | null,"eeo_race"?: string | null,"eeo_veteran_status"?: string | null,"email"?: string | null,"first_name"?: string | null,"github_url"?: string | null,"how_did_you_hear"?: string | null,"id"?: string,"industries"?: (string)[],"last_name"?: string | null,"linkedin_url"?: string | null,"permanent_residence"?: (string)[],"phone"?: string | null,"portfolio_url"?: string | null,"postal_code"?: string | null,"region"?: string | null,"relocate_to"?: (string)[],"requires_sponsorship"?: boolean | null,"ruled_out"?: (string)[],"salary_currency"?: string | null,"salary_max"?: number | null,"salary_min"?: number | null,"salary_period"?: Database["public"]['Enums']["pay_period"] | null,"summary"?: string | null,"sync_seq"?: number,"target_titles"?: (string)[],"updated_at"?: string,"user_id"?: string,"website_url"?: string | null,"willing_to_relocate"?: boolean | null,"work_authorization"?: (string)[],"work_types"?: (Database["public"]['Enums']["work_type"])[]
                  }
                  Relationships: [
                    
                  ]
                },"reminder_decisions": {
                  Row: {
                    "created_at": string,"deleted_at": string | null,"done_at": string | null,"id": string,"job_id": string,"key": string,"snoozed_until": string | null,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"deleted_at"?: string | null,"done_at"?: string | null,"id": string,"job_id": string,"key": string,"snoozed_until"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"deleted_at"?: string | null,"done_at"?: string | null,"id"?: string,"job_id"?: string,"key"?: string,"snoozed_until"?: string | null,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "reminder_decisions_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"saved_answers": {
                  Row: {
                    "answer": string,"created_at": string,"deleted_at": string | null,"id": string,"question": string,"sync_seq": number,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "answer"?: string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"question": string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "answer"?: string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"question"?: string,"sync_seq"?: number,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"skyvern_task_log": {
                  Row: {
                    "app_url": string | null,"application_id": string,"created_at": string,"duration_ms": number | null,"failure_reason": string | null,"http_status": number | null,"id": string,"kind": Database["public"]['Enums']["skyvern_exchange_kind"],"payload": NonNullable<Json>,"queue_item_id": string | null,"received_at": string,"recording_url": string | null,"request": Json | null,"run_id": string | null,"status": Database["public"]['Enums']["skyvern_run_status"] | null,"step_count": number | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "app_url"?: string | null,"application_id": string,"created_at"?: string,"duration_ms"?: number | null,"failure_reason"?: string | null,"http_status"?: number | null,"id"?: string,"kind"?: Database["public"]['Enums']["skyvern_exchange_kind"],"payload"?: NonNullable<Json>,"queue_item_id"?: string | null,"received_at"?: string,"recording_url"?: string | null,"request"?: Json | null,"run_id"?: string | null,"status"?: Database["public"]['Enums']["skyvern_run_status"] | null,"step_count"?: number | null,"user_id"?: string
                  }
                  Update: {
                    "app_url"?: string | null,"application_id"?: string,"created_at"?: string,"duration_ms"?: number | null,"failure_reason"?: string | null,"http_status"?: number | null,"id"?: string,"kind"?: Database["public"]['Enums']["skyvern_exchange_kind"],"payload"?: NonNullable<Json>,"queue_item_id"?: string | null,"received_at"?: string,"recording_url"?: string | null,"request"?: Json | null,"run_id"?: string | null,"status"?: Database["public"]['Enums']["skyvern_run_status"] | null,"step_count"?: number | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "skyvern_task_log_application_fk"
      columns: ["application_id","user_id"]
isOneToOne: false
      referencedRelation: "applications"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "skyvern_task_log_queue_item_fk"
      columns: ["queue_item_id","user_id"]
isOneToOne: false
      referencedRelation: "submission_queue"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"submission_queue": {
                  Row: {
                    "application_id": string,"attempts": number,"claimed_at": string | null,"claimed_by": string | null,"create_started_at": string | null,"created_at": string,"finished_at": string | null,"id": string,"idempotency_key": string,"last_error": string | null,"lease_until": string | null,"max_attempts": number,"poll_after": string | null,"priority": number,"run_after": string,"run_id": string | null,"status": Database["public"]['Enums']["queue_status"],"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "application_id": string,"attempts"?: number,"claimed_at"?: string | null,"claimed_by"?: string | null,"create_started_at"?: string | null,"created_at"?: string,"finished_at"?: string | null,"id"?: string,"idempotency_key"?: string,"last_error"?: string | null,"lease_until"?: string | null,"max_attempts"?: number,"poll_after"?: string | null,"priority"?: number,"run_after"?: string,"run_id"?: string | null,"status"?: Database["public"]['Enums']["queue_status"],"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "application_id"?: string,"attempts"?: number,"claimed_at"?: string | null,"claimed_by"?: string | null,"create_started_at"?: string | null,"created_at"?: string,"finished_at"?: string | null,"id"?: string,"idempotency_key"?: string,"last_error"?: string | null,"lease_until"?: string | null,"max_attempts"?: number,"poll_after"?: string | null,"priority"?: number,"run_after"?: string,"run_id"?: string | null,"status"?: Database["public"]['Enums']["queue_status"],"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "submission_queue_application_fk"
      columns: ["application_id","user_id"]
isOneToOne: false
      referencedRelation: "applications"
      referencedColumns: ["id","user_id"]
    }
                  ]
                }
          }
          Views: {
            "job_current_materials": {
                  Row: {
                    "artifact_id": string,"chosen_at": string,"content": string,"job_id": string,"kind": Database["public"]['Enums']["artifact_kind"],"model": string | null,"provider": string | null,"user_id": string
                  }
                  ComputedFields: never
                  Relationships: [
                    {
      foreignKeyName: "job_materials_artifact_fk"
      columns: ["artifact_id","user_id"]
isOneToOne: false
      referencedRelation: "ai_artifacts"
      referencedColumns: ["id","user_id"]
    },{
      foreignKeyName: "job_materials_job_fk"
      columns: ["job_id","user_id"]
isOneToOne: false
      referencedRelation: "jobs"
      referencedColumns: ["id","user_id"]
    }
                  ]
                }
          }
          Functions: {
            "create_coach_invite":
{ Args: { "display_name"?: string }; Returns: {
              "code": string,"expires_at": string,"relationship_id": string
            }[]
                           },
"get_public_generated_resume":
{ Args: { "share_token": string }; Returns: {
              "content": string,"created_at": string
            }[]
                           },
"my_pipeline_analytics":
{ Args: Record<PropertyKey, never>; Returns: {
              "applied": number,"dimension": string,"intervals": number,"interviewing": number,"jobs": number,"key": string,"mean_days": number,"median_days": number,"offer": number,"responded": number,"response_rate": number,"saved": number,"screening": number,"stage": string
            }[]
                           },
"record_synced_stage_history":
{ Args: { "events": Json }; Returns: string[]
                           },
"redeem_coach_invite":
{ Args: { "code": string,"display_name"?: string }; Returns: {
              "client_id": string,"client_name": string,"outcome": string,"relationship_id": string
            }[]
                           },
"set_coach_display_name":
{ Args: { "display_name": string,"relationship_id": string }; Returns: {
              "client_name": string,"coach_name": string,"id": string
            }[]
                           }
          }
          Enums: {
            "ai_event_status": "ok"|"error"|"timeout"|"rate_limited"|"refused"|"invalid_output","ai_operation": "generate"|"extract"|"classify"|"embed","alert_frequency": "instant"|"daily"|"weekly","application_status": "draft"|"pending_submission"|"processing"|"submitted_successfully"|"failed_submission"|"action_required"|"cancelled"|"withdrawn_by_user","artifact_kind": "resume"|"cover_letter"|"answers"|"skills_optimization"|"company_research"|"gap_analysis","ats_kind": "greenhouse"|"lever"|"ashby"|"workday"|"linkedin"|"indeed"|"smartrecruiters"|"workable"|"other","auto_apply_decision": "queued"|"needs_review"|"skipped"|"limit_reached"|"dry_run","coach_relationship_status": "pending"|"active"|"paused"|"ended","contact_role": "recruiter"|"hiring_manager"|"interviewer"|"referrer"|"other","document_kind": "resume"|"cover_letter","employment_type": "full_time"|"part_time"|"contract"|"internship"|"temporary","interaction_channel": "email"|"call"|"video"|"message"|"meeting"|"other","interview_kind": "phone_screen"|"recruiter"|"technical"|"take_home"|"system_design"|"behavioral"|"onsite"|"final"|"other","job_stage": "saved"|"applied"|"screening"|"interviewing"|"offer"|"accepted"|"rejected"|"withdrawn"|"ghosted","offer_status": "pending"|"negotiating"|"accepted"|"declined"|"expired"|"rescinded","pay_period": "HOUR"|"DAY"|"WEEK"|"MONTH"|"YEAR","person_role": "recruiter"|"hiring_manager"|"referrer"|"interviewer"|"other","proficiency": "beginner"|"intermediate"|"advanced"|"expert","queue_status": "queued"|"claimed"|"running"|"succeeded"|"failed"|"cancelled"|"dead_letter","skill_source": "resume"|"input"|"inferred","skyvern_exchange_kind": "create"|"poll"|"cancel"|"webhook","skyvern_run_status": "created"|"queued"|"running"|"paused"|"timed_out"|"failed"|"terminated"|"completed"|"canceled","stage_event_cause": "capture"|"user"|"undo"|"autofill"|"sync"|"skyvern","submission_method": "manual"|"autofill"|"skyvern","watched_ats": "greenhouse"|"lever"|"ashby","work_type": "remote"|"hybrid"|"onsite"
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            "ai_event_status": ["ok", "error", "timeout", "rate_limited", "refused", "invalid_output"],"ai_operation": ["generate", "extract", "classify", "embed"],"alert_frequency": ["instant", "daily", "weekly"],"application_status": ["draft", "pending_submission", "processing", "submitted_successfully", "failed_submission", "action_required", "cancelled", "withdrawn_by_user"],"artifact_kind": ["resume", "cover_letter", "answers", "skills_optimization", "company_research", "gap_analysis"],"ats_kind": ["greenhouse", "lever", "ashby", "workday", "linkedin", "indeed", "smartrecruiters", "workable", "other"],"auto_apply_decision": ["queued", "needs_review", "skipped", "limit_reached", "dry_run"],"coach_relationship_status": ["pending", "active", "paused", "ended"],"contact_role": ["recruiter", "hiring_manager", "interviewer", "referrer", "other"],"document_kind": ["resume", "cover_letter"],"employment_type": ["full_time", "part_time", "contract", "internship", "temporary"],"interaction_channel": ["email", "call", "video", "message", "meeting", "other"],"interview_kind": ["phone_screen", "recruiter", "technical", "take_home", "system_design", "behavioral", "onsite", "final", "other"],"job_stage": ["saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"],"offer_status": ["pending", "negotiating", "accepted", "declined", "expired", "rescinded"],"pay_period": ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"],"person_role": ["recruiter", "hiring_manager", "referrer", "interviewer", "other"],"proficiency": ["beginner", "intermediate", "advanced", "expert"],"queue_status": ["queued", "claimed", "running", "succeeded", "failed", "cancelled", "dead_letter"],"skill_source": ["resume", "input", "inferred"],"skyvern_exchange_kind": ["create", "poll", "cancel", "webhook"],"skyvern_run_status": ["created", "queued", "running", "paused", "timed_out", "failed", "terminated", "completed", "canceled"],"stage_event_cause": ["capture", "user", "undo", "autofill", "sync", "skyvern"],"submission_method": ["manual", "autofill", "skyvern"],"watched_ats": ["greenhouse", "lever", "ashby"],"work_type": ["remote", "hybrid", "onsite"]
          }
        }
} as const
