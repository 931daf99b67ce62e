// Cloud, DevOps, security, networking, systems and testing skills. Format: see software.ts.
export const INFRA = `# cloud
AWS|amazon web services,aws cloud>Amazon EC2,Amazon S3,AWS Lambda,Cloud Computing,Terraform
Microsoft Azure|azure,azure cloud>Cloud Computing,Azure DevOps
Google Cloud Platform|gcp,google cloud>Cloud Computing,BigQuery,Google Kubernetes Engine
Cloud Computing|cloud infrastructure,cloud platforms,cloud services,public cloud,cloud native,cloud-native>AWS,Microsoft Azure,Google Cloud Platform
Amazon EC2|ec2>AWS
Amazon S3|s3>AWS
AWS Lambda|lambda functions,!Lambda>AWS,Serverless
Amazon ECS|ecs,fargate>AWS,Docker
Amazon EKS|eks>AWS,Kubernetes
Amazon SQS|sqs,sns,amazon sns>AWS,Message Queues
Amazon CloudFront|cloudfront>AWS,CDN
AWS CloudFormation|cloudformation,aws cdk,cdk>AWS,Infrastructure as Code
AWS IAM|!IAM>AWS,Identity and Access Management
Amazon Kinesis|kinesis>AWS,Apache Kafka
Amazon SageMaker|sagemaker>AWS,Machine Learning
AWS Glue|glue etl>AWS,ETL
Amazon Athena|aws athena>AWS,SQL
Amazon EMR|aws emr>AWS,Apache Spark
AWS Step Functions|step functions>AWS
Amazon API Gateway|api gateway>AWS
Amazon VPC|vpc>AWS,Networking
Amazon Route 53|route53,route 53>AWS,DNS
AWS Certified Solutions Architect|aws solutions architect,aws certified>AWS
Azure Functions|>Microsoft Azure,Serverless
Azure Kubernetes Service|aks>Microsoft Azure,Kubernetes
Azure Active Directory|azure ad,entra id,microsoft entra>Active Directory,Microsoft Azure
Azure Data Factory|adf>Microsoft Azure,ETL
Azure DevOps|azure pipelines,vsts,tfs>CI/CD,Microsoft Azure
Azure Synapse|synapse analytics>Microsoft Azure,Data Warehousing
Google Kubernetes Engine|gke>Kubernetes,Google Cloud Platform
Google Cloud Functions|cloud functions,cloud run>Google Cloud Platform,Serverless
Google Pub/Sub|pubsub,cloud pub/sub>Google Cloud Platform
!Dataflow|apache beam,google dataflow>Google Cloud Platform,Data Pipelines
DigitalOcean|>Cloud Computing
Heroku|>Cloud Computing
Vercel|>Next.js
Netlify|>Web Development
Cloudflare|cloudflare workers>CDN
CDN|content delivery network,akamai,fastly>Networking
OpenStack|>Cloud Computing
IBM Cloud|>Cloud Computing
Oracle Cloud|oracle cloud infrastructure>Cloud Computing
Alibaba Cloud|aliyun>Cloud Computing
Multi-Cloud|hybrid cloud,multicloud>Cloud Computing
Cloud Migration|cloud migrations>Cloud Computing
FinOps|cloud cost optimization,cloud cost management>Cloud Computing
# devops
Docker|docker compose,docker-compose,dockerfile>Containers,Kubernetes
Kubernetes|k8s,kube,kubectl>Docker,Helm,Containers
Containers|containerization,containerisation,oci containers,podman>Docker,Kubernetes
!Helm|helm charts>Kubernetes
Kustomize|>Kubernetes
OpenShift|red hat openshift>Kubernetes
Rancher|>Kubernetes
!Nomad|hashicorp nomad>Kubernetes
Istio|service mesh,linkerd>Kubernetes,Envoy
Argo CD|argocd,gitops,flux cd,fluxcd>Kubernetes,CI/CD
Terraform|hcl,terraform cloud,opentofu>Infrastructure as Code,AWS
Pulumi|>Infrastructure as Code
Infrastructure as Code|iac,infrastructure-as-code>Terraform,Ansible
Ansible|ansible playbooks>Configuration Management
Chef Infra|!!Chef>Configuration Management
Puppet Enterprise|!!Puppet>Configuration Management
SaltStack|salt stack>Configuration Management
Configuration Management|>Ansible,Puppet
HashiCorp Packer|!!Packer>Terraform
HashiCorp Vault|!Vault,hashicorp vault>Secrets Management
Secrets Management|>HashiCorp Vault
!Consul|hashicorp consul>Service Discovery
Service Discovery|>Consul
CI/CD|ci cd,ci/cd pipelines,continuous integration,continuous delivery,continuous deployment,cicd,build pipelines,deployment pipelines>Jenkins,GitHub Actions,GitLab CI
Jenkins|jenkins pipelines>CI/CD
GitHub Actions|gh actions>CI/CD,GitHub
GitLab CI|gitlab ci/cd,gitlab pipelines>CI/CD,GitLab
CircleCI|circle ci>CI/CD
Travis CI|travis ci>CI/CD
TeamCity|>CI/CD
Atlassian Bamboo|!!Bamboo>CI/CD
Buildkite|>CI/CD
Spinnaker|>CI/CD
Tekton|>CI/CD,Kubernetes
Git|git version control,version control,source control,gitflow>GitHub,GitLab
GitHub|>Git
GitLab|>Git
Bitbucket|>Git
Subversion|svn>Git
Perforce|helix core>Git
Maven|apache maven>Java,Gradle
Gradle|>Java,Kotlin,Maven
Bazel|>Build Systems
CMake|makefiles,makefile>C++,Build Systems
Build Systems|build tooling,build engineering>Bazel,CMake
DevOps|devops practices,devsecops>CI/CD,Infrastructure as Code
Site Reliability Engineering|sre,site reliability>Observability,Incident Management
Platform Engineering|internal developer platform,developer platform>Kubernetes,DevOps
Observability|monitoring and alerting,system monitoring,infrastructure monitoring>Prometheus,Grafana,Datadog
Prometheus|promql>Observability,Grafana
Grafana|grafana dashboards>Prometheus,Observability
Datadog|>Observability
New Relic|newrelic>Observability
Splunk|>Observability,SIEM
Kibana|>Elasticsearch
Logstash|fluentd,fluent bit>Elasticsearch,Log Management
Log Management|centralized logging,log aggregation>Observability
OpenTelemetry|otel,distributed tracing,jaeger,zipkin>Observability
PagerDuty|opsgenie,on-call,on call rotation>Incident Management
Incident Management|incident command,postmortems,post-mortems>Site Reliability Engineering
Sentry|error tracking>Observability
Nagios|zabbix>Observability
Chaos Engineering|chaos monkey,gremlin>Site Reliability Engineering
Load Balancing|load balancers,elb,alb>Networking,Nginx
Capacity Planning|>Site Reliability Engineering
Release Management|release engineering>CI/CD
Linux|unix,gnu/linux,linux systems>Bash,Linux Administration
Linux Administration|linux sysadmin,system administration,systems administration,sysadmin>Linux
Ubuntu|debian>Linux
Red Hat Enterprise Linux|rhel,centos,rocky linux,fedora>Linux
Windows Server|windows server administration>Active Directory,PowerShell
macOS|mac os,os x>iOS
!Windows|microsoft windows,windows 10,windows 11>Windows Server
Active Directory|ad ds,ldap,group policy,gpo>Windows Server
VMware|vsphere,esxi,vcenter,vmware vsphere>Virtualization
Virtualization|hypervisors,kvm,hyper-v,virtualbox,proxmox>VMware
Embedded Linux|yocto,buildroot>Linux,Embedded Systems
Kernel Development|linux kernel>Linux,C
Mainframe|z/os,ibm mainframe,jcl>COBOL
# network
Networking|computer networking,network engineering,tcp/ip,tcp,udp,osi model>DNS,Firewalls,Cisco
DNS|bind dns>Networking
DHCP|>Networking
Firewalls|firewall,palo alto networks,fortinet,fortigate,pfsense>Network Security,Networking
Cisco|cisco ios,cisco routers,cisco switches>Networking,CCNA
Juniper|junos>Networking
Routing and Switching|routing protocols,bgp,ospf,eigrp>Networking,Cisco
VPN|ipsec,wireguard,openvpn>Network Security
SD-WAN|sdwan>Networking
VoIP|voice over ip>Networking
Wireless Networking|wi-fi,wifi,wlan,802.11>Networking
Network Monitoring|wireshark,packet analysis,tcpdump>Networking
LAN/WAN|lan,wan,mpls>Networking
Load Testing Tools|>Performance Testing
CCNA|cisco certified network associate>Cisco
CCNP|cisco certified network professional>Cisco,CCNA
5G|lte,4g,rf engineering>Telecommunications
Telecommunications|telecom>Networking
IoT|internet of things,iot devices,mqtt>Embedded Systems
# security
Cybersecurity|cyber security,information security,infosec,it security,security engineering>Network Security,Application Security
Network Security|>Firewalls,Cybersecurity
Application Security|appsec,secure coding,software security>OWASP,Cybersecurity
OWASP|owasp top 10>Application Security
Penetration Testing|pen testing,pentesting,ethical hacking,red teaming,red team>Cybersecurity,Burp Suite
Burp Suite|!Burp>Penetration Testing
Metasploit|>Penetration Testing
Nmap|>Penetration Testing,Networking
Kali Linux|>Penetration Testing
Vulnerability Management|vulnerability assessment,vulnerability scanning,nessus,qualys,tenable>Cybersecurity
SIEM|security information and event management,qradar,microsoft sentinel>Splunk,Security Operations
Security Operations|!SOC,security operations center,blue team>SIEM,Incident Response
Incident Response|dfir,digital forensics,forensics>Security Operations
Threat Intelligence|threat hunting,threat modeling,threat modelling>Cybersecurity
Identity and Access Management|identity management,okta,ping identity,sailpoint,privileged access management,cyberark>Authentication
Cryptography|encryption,pki,tls,ssl,public key infrastructure>Cybersecurity
Zero Trust|zero trust architecture>Network Security
Cloud Security|aws security,cspm>Cybersecurity,Cloud Computing
Endpoint Security|edr,crowdstrike,sentinelone,carbon black,antivirus>Cybersecurity
Data Loss Prevention|dlp>Cybersecurity
Security Compliance|soc 2,soc2,iso 27001,iso27001,nist,nist 800-53,fedramp,pci dss,pci-dss,cis controls>Compliance,Cybersecurity
GRC|governance risk and compliance,governance risk compliance>Security Compliance,Risk Management
Malware Analysis|reverse engineering,ida pro,ghidra>Cybersecurity
Security Clearance|secret clearance,top secret clearance,ts/sci,ts sci,public trust clearance>Government
CISSP|certified information systems security professional>Cybersecurity
CompTIA Security+|security+,security plus,comptia security plus>Cybersecurity
CEH|certified ethical hacker>Penetration Testing
OSCP|>Penetration Testing
CISM|>Cybersecurity
CISA|certified information systems auditor>IT Audit
IT Audit|it auditing,sox it controls,itgc>Security Compliance
Static Analysis|sast,dast,sonarqube,snyk,checkmarx,veracode>Application Security
# testing
Software Testing|!QA,quality assurance,software quality assurance,qa testing>Test Automation,Manual Testing
Test Automation|automated testing,automation testing,test automation frameworks,qa automation>Selenium,Cypress,Playwright
Manual Testing|manual qa,exploratory testing>Software Testing
Unit Testing|unit tests,tdd,test-driven development,test driven development>Jest,JUnit,pytest
Integration Testing|integration tests,end-to-end testing,e2e testing,e2e tests>Test Automation
Selenium|selenium webdriver,webdriver>Test Automation
Cypress|cypress.io>Test Automation,JavaScript
Playwright|>Test Automation,TypeScript
Puppeteer|>Test Automation,Node.js
Jest|>Unit Testing,JavaScript
!Mocha|>Unit Testing,JavaScript
Vitest|>Unit Testing,Vite
Testing Library|react testing library>Jest,React
JUnit|junit5,testng,mockito>Java,Unit Testing
pytest|py.test,unittest>Python,Unit Testing
RSpec|capybara>Ruby,Unit Testing
!!Cucumber|gherkin,bdd,behavior-driven development,behaviour driven development>Test Automation
Appium|>Test Automation,Mobile Development
XCTest|xcuitest>iOS
Android Espresso|espresso testing>Android
Postman|>API Testing
API Testing|rest assured,rest-assured>Postman
Performance Testing|load testing,stress testing,jmeter,apache jmeter,gatling,k6,locust>Software Testing
Security Testing|>Penetration Testing
Test Planning|test plans,test cases,test case design,test strategy>Software Testing
TestRail|>Test Planning
Regression Testing|>Software Testing
User Acceptance Testing|uat>Software Testing
Contract Testing|pact testing>API Testing
Mutation Testing|>Unit Testing
Accessibility Testing|axe-core>Web Accessibility
ISTQB|istqb certified>Software Testing
Code Review|code reviews,peer review>Software Engineering
Software Engineering|software development,software engineer,sdlc,software development life cycle>Computer Science
Computer Science|cs fundamentals,computer science fundamentals>Algorithms,Data Structures
Debugging|troubleshooting code,root cause analysis>Software Engineering
Technical Documentation|api documentation,developer documentation,runbooks>Technical Writing
Open Source|open-source,open source contributions,oss>Git
`;
